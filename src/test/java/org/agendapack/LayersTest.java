package org.agendapack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages stay in layers: what a package uses is in its own layer or below, never above. Read from the
 * sources' references to org.agendapack.* types, so a new package must be given a layer here.
 */
class LayersTest {

    /** Bottom to top. Packages in one layer may use each other only if that makes no cycle (checked below). */
    static final List<List<String>> LAYERS = List.of(
            List.of("problem", "render", "chart", "source", "settings"),
            List.of("meeting", "profile", "deadline"),
            List.of("run"),
            List.of("dataset", "report"),
            List.of("performance", "progress", "projects", "procurement", "pack", "publish", "archive"),
            List.of("job"),
            List.of("history", "schedule"),
            List.of("cli", "console"),
            List.of("(root)"));

    static final Path SOURCES = Path.of("src/main/java/org/agendapack");
    static final Pattern USE = Pattern.compile("\\borg\\.agendapack\\.([a-z]+)\\.[A-Z]");

    @Test
    void noPackageUsesOneAboveIt() throws IOException {
        Map<String, TreeSet<String>> uses = uses();
        List<String> wrong = new ArrayList<>();
        uses.forEach((from, targets) -> targets.forEach(to -> {
            if (layer(to) > layer(from)) {
                wrong.add(from + " uses " + to);
            }
        }));
        assertThat(wrong).as("packages that use a layer above their own").isEmpty();
    }

    @Test
    void noPackagesUseEachOtherInACircle() throws IOException {
        Map<String, TreeSet<String>> uses = uses();
        List<String> cycles = new ArrayList<>();
        for (String from : uses.keySet()) {
            for (String to : uses.get(from)) {
                if (reaches(uses, to, from, new TreeSet<>())) {
                    cycles.add(from + " -> " + to);
                }
            }
        }
        assertThat(cycles).as("package dependencies that come back round").isEmpty();
    }

    @Test
    void everyPackageHasALayer() throws IOException {
        assertThat(uses().keySet()).allSatisfy(p -> assertThat(layer(p)).as(p).isNotNegative());
    }

    private static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean reaches(Map<String, TreeSet<String>> uses, String from, String target, TreeSet<String> seen) {
        for (String next : uses.getOrDefault(from, new TreeSet<>())) {
            if (next.equals(target) || (seen.add(next) && reaches(uses, next, target, seen))) {
                return true;
            }
        }
        return false;
    }

    /** Each package's uses of other packages of agendapack. */
    private static Map<String, TreeSet<String>> uses() throws IOException {
        Map<String, TreeSet<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path dir = SOURCES.relativize(file.getParent());
                String pkg = dir.toString().isEmpty() ? "(root)" : dir.toString().replace('/', '.');
                TreeSet<String> targets = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = USE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        targets.add(m.group(1));
                    }
                }
            }
        }
        return uses;
    }
}
