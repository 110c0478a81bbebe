package org.agendapack.tickets;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * RFC 4180 CSV straight from the file's bytes, a megabyte at a time: quoted fields with doubled quotes and
 * line breaks, CRLF or LF. Only the fields asked for are turned into text (a ticket export has dozens of
 * columns; agendapack reads seven). Knows the file offset and physical line where each record starts, so a
 * restarted step can carry on from the record after the last one committed.
 */
final class CsvScanner implements Closeable {

    /** A record longer than this is not a ticket: the file is refused rather than read into memory. */
    static final int MAX_RECORD = 16 << 20;

    /** The file is not CSV from here on (an unclosed quote, text after a closing quote). */
    static final class Malformed extends Exception {
        final long line;

        Malformed(long line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    private final FileChannel channel;
    private byte[] buf = new byte[1 << 20];
    private int pos;
    private int limit;
    private long bufOffset;
    private boolean eof;
    private long line;

    private int count;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] escaped = new boolean[64];
    private boolean high;
    private long recordLine;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    /** Reads from {@code offset} (the start of a record), the record there being on physical line {@code line}. */
    CsvScanner(FileChannel channel, long offset, long line) throws IOException {
        this.channel = channel;
        channel.position(offset);
        this.bufOffset = offset;
        this.line = line;
    }

    /** Skips a UTF-8 byte order mark at the very start; says if the file looks like UTF-16 instead. */
    String skipByteOrderMark() throws IOException {
        while (limit < 3 && !eof) {
            fill();
        }
        if (limit >= 2 && ((buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE) || (buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF))) {
            return "UTF-16";
        }
        if (limit >= 2 && ((buf[0] == 0) != (buf[1] == 0))) {
            return "UTF-16 (it has a zero byte in every other place)";
        }
        if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
        }
        return null;
    }

    /** The next non-blank record; false at the end of the file. */
    boolean next() throws IOException, Malformed {
        while (true) {
            int end = scan();
            if (end >= 0) {
                pos = end;
                if (count == 1 && starts[0] == ends[0] && !escaped[0]) {
                    continue;
                }
                return true;
            }
            if (eof && pos >= limit) {
                return false;
            }
            fill();
        }
    }

    /** Scans the record at pos; its end (past the line break), or -1 when the buffer holds only part of it. */
    private int scan() throws Malformed {
        int i = pos;
        int n = limit;
        byte[] b = buf;
        int lines = 0;
        count = 0;
        high = false;
        if (i >= n) {
            return -1;
        }
        while (true) {
            if (count == starts.length) {
                growFields();
            }
            if (i < n && b[i] == '"') {
                int start = i + 1;
                boolean doubled = false;
                i++;
                while (true) {
                    while (i < n && b[i] != '"') {
                        if (b[i] == '\n') {
                            lines++;
                        } else if (b[i] < 0) {
                            high = true;
                        }
                        i++;
                    }
                    if (i + 1 >= n && !eof) {
                        return -1;
                    }
                    if (i >= n) {
                        throw new Malformed(line, "a quoted field is not closed before the end of the file (an unclosed quote?)");
                    }
                    if (i + 1 < n && b[i + 1] == '"') {
                        doubled = true;
                        i += 2;
                        continue;
                    }
                    break;
                }
                starts[count] = start;
                ends[count] = i;
                escaped[count] = doubled;
                count++;
                i++;
                if (i < n && b[i] != ',' && b[i] != '\n' && b[i] != '\r') {
                    throw new Malformed(line + lines, "text after the closing quote of a quoted field (a quote inside a field must be doubled)");
                }
            } else {
                int start = i;
                while (i < n) {
                    byte c = b[i];
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    if (c < 0) {
                        high = true;
                    }
                    i++;
                }
                if (i >= n && !eof) {
                    return -1;
                }
                starts[count] = start;
                ends[count] = i;
                escaped[count] = false;
                count++;
            }
            if (i >= n) {
                recordLine = line;
                line += lines + 1;
                return n;
            }
            byte c = b[i];
            if (c == ',') {
                i++;
                continue;
            }
            if (c == '\r') {
                if (i + 1 >= n && !eof) {
                    return -1;
                }
                i += i + 1 < n && b[i + 1] == '\n' ? 2 : 1;
            } else {
                i++;
            }
            recordLine = line;
            line += lines + 1;
            return i;
        }
    }

    private void growFields() {
        int size = starts.length * 2;
        starts = java.util.Arrays.copyOf(starts, size);
        ends = java.util.Arrays.copyOf(ends, size);
        escaped = java.util.Arrays.copyOf(escaped, size);
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            bufOffset += pos;
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_RECORD) {
                throw new IOException("a record of more than " + (MAX_RECORD >> 20) + " MB");
            }
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        int read = channel.read(ByteBuffer.wrap(buf, limit, buf.length - limit));
        if (read < 0) {
            eof = true;
        } else {
            limit += read;
        }
    }

    int count() {
        return count;
    }

    /** The physical line the current record starts on. */
    long line() {
        return recordLine;
    }

    /** Where the next record starts: the file offset and its line. */
    long nextOffset() {
        return bufOffset + pos;
    }

    long nextLine() {
        return line;
    }

    /** The record's field as text; null if it is not UTF-8. */
    String field(int i) {
        int s = starts[i];
        int e = ends[i];
        if (!escaped[i]) {
            if (!high) {
                return new String(buf, s, e - s, StandardCharsets.ISO_8859_1);
            }
            return decode(buf, s, e - s);
        }
        byte[] copy = new byte[e - s];
        int n = 0;
        for (int j = s; j < e; j++) {
            copy[n++] = buf[j];
            if (buf[j] == '"') {
                j++;
            }
        }
        return high ? decode(copy, 0, n) : new String(copy, 0, n, StandardCharsets.ISO_8859_1);
    }

    private String decode(byte[] bytes, int from, int length) {
        try {
            CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(bytes, from, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The first byte of the field that is not UTF-8 (for the message). */
    int firstBadByte(int i) {
        for (int j = starts[i]; j < ends[i]; j++) {
            if (buf[j] < 0) {
                return buf[j] & 0xFF;
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
