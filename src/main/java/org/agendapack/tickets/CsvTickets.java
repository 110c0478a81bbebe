package org.agendapack.tickets;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.agendapack.problem.Problem;
import org.agendapack.source.PlainText;

/** A CSV ticket export: its header names the columns; columns agendapack does not map are never decoded. */
final class CsvTickets extends TicketSource {

    private CsvScanner scanner;
    private final int[] index = new int[TicketField.values().length];
    private int width;

    CsvTickets(Path path, String file, TicketColumns columns, long offset, long line) throws IOException {
        super(file, columns);
        scanner = new CsvScanner(open(path), 0, 1);
        String utf16 = scanner.skipByteOrderMark();
        if (utf16 != null) {
            fileProblems.add(Problem.in(file).line(1L).error("the file is " + utf16 + ", not UTF-8: save it as UTF-8"));
            stopped = true;
            return;
        }
        readHeader();
        if (!stopped && offset > 0) {
            scanner.close();
            scanner = new CsvScanner(open(path), offset, line);
        }
    }

    private static FileChannel open(Path path) throws IOException {
        return FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    }

    private void readHeader() throws IOException {
        try {
            if (!scanner.next()) {
                fileProblems.add(Problem.in(file).line(1L).error("the file is empty: a header line naming the export's columns is required"));
                stopped = true;
                return;
            }
        } catch (CsvScanner.Malformed e) {
            fileProblems.add(Problem.in(file).line(1L).error("the header line is not valid CSV: " + e.getMessage()));
            stopped = true;
            return;
        }
        width = scanner.count();
        List<String> names = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            String n = scanner.field(i);
            names.add(n == null ? "" : n.strip());
        }
        java.util.Arrays.fill(index, -1);
        for (TicketField f : TicketField.values()) {
            String h = columns.header(f);
            if (h == null) {
                continue;
            }
            int first = names.indexOf(h);
            if (first >= 0 && names.lastIndexOf(h) != first) {
                fileProblems.add(Problem.in(file).line(1L).field(h)
                        .error("the column appears more than once in the header line; each column agendapack reads must appear once"));
            }
            index[f.ordinal()] = first;
        }
        checkFields(names, 1L);
    }

    @Override
    boolean next() throws IOException {
        if (stopped) {
            return false;
        }
        clearValues();
        try {
            if (!scanner.next()) {
                return false;
            }
        } catch (CsvScanner.Malformed e) {
            fileProblems.add(Problem.in(file).line(e.line).error("malformed CSV: " + e.getMessage()));
            stopped = true;
            return false;
        }
        line = scanner.line();
        if (scanner.count() != width) {
            recordProblem = Problem.in(file).line(line)
                    .error("expected " + width + " fields, as the header line has, but found " + scanner.count());
            return true;
        }
        for (int f = 0; f < index.length; f++) {
            int i = index[f];
            if (i < 0 || !present[f]) {
                continue;
            }
            String v = scanner.field(i);
            if (v == null) {
                recordProblem = Problem.in(file).line(line).field(columns.header(TicketField.values()[f]))
                        .error("the file is not UTF-8 (line " + line + " has byte 0x"
                                + HexFormat.of().withUpperCase().toHexDigits((byte) scanner.firstBadByte(i)) + "): save it as UTF-8");
                return true;
            }
            int bad = PlainText.indexOfControlCharacter(v);
            if (bad >= 0) {
                recordProblem = Problem.in(file).line(line).field(columns.header(TicketField.values()[f])).value(v)
                        .error(PlainText.controlCharacterRule(v.charAt(bad)));
                return true;
            }
            values[f] = v.strip();
        }
        return true;
    }

    @Override
    long position() {
        return scanner.nextOffset();
    }

    @Override
    long positionLine() {
        return scanner.nextLine();
    }

    @Override
    public void close() throws IOException {
        scanner.close();
    }
}
