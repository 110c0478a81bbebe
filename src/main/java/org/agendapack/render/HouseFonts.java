package org.agendapack.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

/**
 * The house fonts of templates/fonts/, read once per process rather than once per paper: their bytes, parsed
 * fonts lent to one renderer at a time (a parsed font is not safe to share between threads, so there are at
 * most as many parses as papers rendered side by side), and openhtmltopdf's font metrics, kept across papers.
 *
 * <p>The fonts are used without their GSUB table. PDFBox 3.0 applies GSUB to every word it draws by compiling
 * a regular expression of the font's substitutions each time (two thirds of rendering time, measured with
 * JFR), and the substitutions do nothing for a pack's text: Liberation Sans has no ligatures, only ccmp rules
 * that stack combining Vietnamese tone marks, and DejaVu Sans's fi/fl ligatures never apply because DejaVu
 * draws only the symbols Liberation lacks. Subset fonts embedded in a PDF never carry GSUB anyway.
 */
final class HouseFonts {

    /** A house font: family, file in templates/fonts/, weight, style. */
    record Face(String family, String file, int weight, FontStyle style) {
    }

    static final List<Face> FACES = List.of(
            new Face("Liberation Sans", "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("Liberation Sans", "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("Liberation Sans", "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("Liberation Sans", "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC),
            new Face("DejaVu Sans", "DejaVuSans.ttf", 400, FontStyle.NORMAL));

    /** The fonts each folder had when last asked for, so papers, contexts and the warm-up share one parse. */
    private static final Map<Path, HouseFonts> LOADED = new ConcurrentHashMap<>();

    private final Path folder;
    private final List<String> files;
    private volatile Map<Face, byte[]> bytes;
    private final ConcurrentLinkedQueue<Map<Face, TrueTypeFont>> parsed = new ConcurrentLinkedQueue<>();
    private final MetricsCache metrics = new MetricsCache();

    private HouseFonts(Path folder, List<String> files) {
        this.folder = folder;
        this.files = files;
    }

    /**
     * The house fonts of the folder, shared by every renderer of the process while the font files stay as they
     * are (a changed file, by size or time, is read again).
     */
    static HouseFonts of(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        List<String> files = stamp(key);
        return LOADED.compute(key, (k, known) -> known != null && known.files.equals(files) ? known : new HouseFonts(k, files));
    }

    private static List<String> stamp(Path folder) {
        List<String> stamp = new ArrayList<>();
        for (Face f : FACES) {
            Path file = folder.resolve(f.file());
            try {
                stamp.add(f.file() + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                stamp.add(f.file() + " missing"); // said when the font is read
            }
        }
        return stamp;
    }

    /** The font file's bytes (without GSUB). */
    byte[] bytes(Face face) {
        Map<Face, byte[]> all = bytes;
        if (all == null) {
            synchronized (this) {
                if (bytes == null) {
                    bytes = read();
                }
                all = bytes;
            }
        }
        return all.get(face);
    }

    /** A set of parsed fonts for one renderer; give it back with {@link #giveBack} when the PDF is saved. */
    Map<Face, TrueTypeFont> borrow() {
        Map<Face, TrueTypeFont> fonts = parsed.poll();
        return fonts != null ? fonts : new HashMap<>();
    }

    void giveBack(Map<Face, TrueTypeFont> fonts) {
        parsed.add(fonts);
    }

    /** The parsed font of a face, parsed on first use by this set. */
    TrueTypeFont parse(Map<Face, TrueTypeFont> set, Face face) {
        return set.computeIfAbsent(face, f -> {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(bytes(f)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the house font " + folder.resolve(f.file()), e);
            }
        });
    }

    FSCacheEx<String, FSCacheValue> metrics() {
        return metrics;
    }

    private Map<Face, byte[]> read() {
        Map<Face, byte[]> all = new HashMap<>();
        for (Face f : FACES) {
            Path file = folder.resolve(f.file());
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("The house font " + file + " is missing");
            }
            try {
                all.put(f, withoutTable(Files.readAllBytes(file), "GSUB"));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the house font " + file, e);
            }
        }
        return Map.copyOf(all);
    }

    /**
     * The TrueType font with one table left out: the table directory rewritten (its binary-search fields too)
     * and the other tables copied, each at a 4-byte boundary. A font without the table is returned as it is.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int tables = in.getShort(4) & 0xFFFF;
        int drop = -1;
        for (int i = 0; i < tables; i++) {
            if (tag.equals(new String(font, 12 + 16 * i, 4, StandardCharsets.US_ASCII))) {
                drop = i;
            }
        }
        if (drop < 0) {
            return font;
        }
        List<Integer> kept = new ArrayList<>();
        int size = 12 + 16 * (tables - 1);
        for (int i = 0; i < tables; i++) {
            if (i != drop) {
                kept.add(i);
                size += (in.getInt(12 + 16 * i + 12) + 3) & ~3;
            }
        }
        int n = kept.size();
        int power = Integer.highestOneBit(n);
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(in.getInt(0)).putShort((short) n).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (n * 16 - power * 16));
        int offset = 12 + 16 * n;
        for (int i : kept) {
            int record = 12 + 16 * i;
            int length = in.getInt(record + 12);
            out.putInt(in.getInt(record)).putInt(in.getInt(record + 4)).putInt(offset).putInt(length);
            out.put(offset, font, in.getInt(record + 8), length);
            offset += (length + 3) & ~3;
        }
        return out.array();
    }


    /** openhtmltopdf's font metrics by family, weight and style: the same for every paper, so computed once. */
    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }
}
