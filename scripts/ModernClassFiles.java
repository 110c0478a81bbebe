import java.io.IOException;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Re-emits the classes of the extracted jar's libraries that were compiled for Java 5 or older (picocli, the SVG
 * interfaces Batik implements) as Java 8 class files, with the stack maps the JVM's verifier now wants. The AOT
 * cache can hold no class older than Java 6, nor any class built on one: every command loaded and verified
 * some 280 of them from their jars. The code is unchanged; a class this cannot re-emit (one using jsr, say, or
 * one that fails the JVM's checks once re-emitted) is left as it was, and so is a signed jar. Run by
 * ./agendapack when it makes the cache, on Java 25 or later:
 *
 *   java scripts/ModernClassFiles.java target/aot/app/lib
 */
public class ModernClassFiles {

    private static final int JAVA_6 = 50;
    private static final int JAVA_8 = 52;

    public static void main(String[] args) throws Exception {
        Path lib = Path.of(args[0]);
        List<Path> jars;
        try (Stream<Path> files = Files.list(lib)) {
            jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            urls.add(jar.toUri().toURL());
        }
        // The stack maps name the common supertype of values that meet: looked up in the libraries' class files.
        try (URLClassLoader classes = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(classes))));
            for (Path jar : jars) {
                int rewritten = rewrite(jar, classFile);
                if (rewritten > 0) {
                    System.out.println(jar.getFileName() + ": " + rewritten + " classes re-emitted for Java 8");
                }
            }
        }
    }

    /** Rewrites the jar in place (through a temporary file) if it has old classes; how many it re-emitted. */
    private static int rewrite(Path jar, ClassFile classFile) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            boolean signed = zip.stream().anyMatch(e -> e.getName().startsWith("META-INF/") && e.getName().endsWith(".SF"));
            boolean old = zip.stream().anyMatch(e -> e.getName().endsWith(".class") && major(zip, e) < JAVA_6);
            if (signed || !old) {
                return 0;
            }
            Path temporary = jar.resolveSibling(jar.getFileName() + ".tmp");
            int rewritten = 0;
            try (OutputStream file = Files.newOutputStream(temporary); ZipOutputStream out = new ZipOutputStream(file)) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    byte[] bytes = zip.getInputStream(entry).readAllBytes();
                    if (entry.getName().endsWith(".class") && major(bytes) < JAVA_6) {
                        byte[] modern = modern(classFile, bytes);
                        if (modern != bytes) {
                            bytes = modern;
                            rewritten++;
                        }
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    out.write(bytes);
                    out.closeEntry();
                }
            }
            Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rewritten;
        }
    }

    /** The class as a Java 8 class file with its code rebuilt (and so given stack maps), or itself if it cannot be. */
    private static byte[] modern(ClassFile classFile, byte[] bytes) {
        ClassTransform version = (builder, element) -> {
            if (element instanceof ClassFileVersion) {
                builder.withVersion(JAVA_8, 0);
            } else {
                builder.with(element);
            }
        };
        try {
            byte[] modern = classFile.transformClass(classFile.parse(bytes),
                    version.andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)));
            // Checked as the JVM's verifier will check it, so that no class fails later where it is first loaded.
            return classFile.verify(modern).isEmpty() ? modern : bytes;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return bytes;
        }
    }

    private static int major(ZipFile zip, ZipEntry entry) {
        try (var in = zip.getInputStream(entry)) {
            return major(in.readNBytes(8));
        } catch (IOException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static int major(byte[] bytes) {
        return bytes.length < 8 ? Integer.MAX_VALUE : ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
    }
}
