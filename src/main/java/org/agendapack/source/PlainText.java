package org.agendapack.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;

import org.agendapack.problem.Problem;

/**
 * What every text agendapack reads must be: UTF-8 (a byte order mark is fine), no control characters but
 * tab and line breaks (the PDF's XML cannot hold them, and they are never meant), and no longer than a
 * field of the pack can hold.
 */
public final class PlainText {

    /**
     * The longest text any field may hold (a recommendation's text); most fields hold less, and each dataset
     * names its own limits ({@code FieldRules.maxLength}).
     */
    public static final int MAX_CHARS = 32_000;

    private PlainText() {
    }

    /** Where a file stops being UTF-8: the line (from 1) and the offending byte. */
    public record NotUtf8(long line, int firstByte, String guess) {
        public String describe() {
            return "the file is " + (guess == null ? "not UTF-8" : guess + ", not UTF-8") + " (line " + line
                    + " has byte 0x" + HexFormat.of().withUpperCase().toHexDigits((byte) firstByte)
                    + "): save it as UTF-8";
        }
    }

    /** Checks a file is UTF-8 without decoding it into memory; never follows a symbolic link. */
    public static Optional<NotUtf8> checkUtf8(Path file) throws IOException {
        try (InputStream stream = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return checkUtf8(stream);
        }
    }

    private static Optional<NotUtf8> checkUtf8(InputStream stream) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        long line = 1;
        boolean first = true;
        byte[] chunk = new byte[32 * 1024];
        int n;
        boolean eof = false;
        while (!eof) {
            n = stream.read(chunk, 0, Math.min(chunk.length, in.remaining()));
            eof = n < 0;
            if (n > 0) {
                in.put(chunk, 0, n);
            }
            in.flip();
            if (first && in.remaining() >= 2) {
                first = false;
                String utf16 = utf16(in);
                if (utf16 != null) {
                    return Optional.of(new NotUtf8(1, in.get(0) & 0xFF, utf16));
                }
            }
            int start = in.position();
            CoderResult result = decoder.decode(in, out, eof);
            // Over the backing array: a buffer's get(i) per byte is most of the time of a cold check.
            byte[] bytes = in.array();
            for (int i = start, end = in.position(); i < end; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            if (result.isError()) {
                return Optional.of(new NotUtf8(line, in.get(in.position()) & 0xFF, null));
            }
            out.clear();
            in.compact();
        }
        in.flip();
        if (decoder.flush(out).isError() || in.hasRemaining()) {
            return Optional.of(new NotUtf8(line, in.hasRemaining() ? in.get() & 0xFF : 0, null));
        }
        return Optional.empty();
    }

    /** UTF-16 by its byte order mark, or by the zero bytes UTF-16 gives every ASCII character. */
    private static String utf16(ByteBuffer in) {
        int b0 = in.get(0) & 0xFF;
        int b1 = in.get(1) & 0xFF;
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
            return "UTF-16";
        }
        if ((b0 == 0 && b1 != 0) || (b0 != 0 && b1 == 0)) {
            return "UTF-16 (it has a zero byte in every other place)";
        }
        return null;
    }

    /** A text file's content, or (text null) the problem that keeps it out of the pack. */
    public record FileText(String text, Problem problem) {
    }

    /**
     * A whole text file (a Markdown paper, a profile's notes), if it is UTF-8 without control characters;
     * otherwise the first problem, with its line, named as {@code shown}. Read once; never follows a symbolic link.
     */
    public static FileText readFile(Path file, String shown) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readAllBytes();
        }
        var notUtf8 = checkUtf8(new ByteArrayInputStream(bytes));
        if (notUtf8.isPresent()) {
            return new FileText(null, Problem.in(shown).line(notUtf8.get().line()).error(notUtf8.get().describe()));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int control = indexOfControlCharacter(text);
        if (control >= 0) {
            long line = text.substring(0, control).chars().filter(c -> c == '\n').count() + 1;
            return new FileText(null, Problem.in(shown).line(line).error(controlCharacterRule(text.charAt(control))));
        }
        return new FileText(text, null);
    }

    /** The first character that is not allowed in text: a control character other than tab, CR and LF. */
    public static Optional<String> controlCharacter(String text) {
        int i = indexOfControlCharacter(text);
        return i < 0 ? Optional.empty() : Optional.of(controlCharacterRule(text.charAt(i)) + " (character " + (i + 1) + ")");
    }

    /** Where the first character not allowed in text is, or -1. */
    public static int indexOfControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isForbidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    public static String controlCharacterRule(char c) {
        return "contains the control character " + String.format("U+%04X", (int) c)
                + "; remove it (text may hold tabs and line breaks, no other control characters)";
    }

    /** C0 controls but tab, LF and CR; DEL; C1 controls; and the two non-characters XML cannot hold. */
    static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
    }

    /** The rule a text breaks by its length, if it is longer than {@link #MAX_CHARS}. */
    public static Optional<String> tooLong(String text) {
        if (text.length() <= MAX_CHARS) {
            return Optional.empty();
        }
        return Optional.of(String.format("is %,d characters long; a text field holds at most %,d",
                text.length(), MAX_CHARS));
    }

    /** Both rules: the first one a text breaks. */
    public static Optional<String> check(String text) {
        return controlCharacter(text).or(() -> tooLong(text));
    }
}
