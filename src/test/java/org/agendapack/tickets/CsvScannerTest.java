package org.agendapack.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RFC 4180 from bytes: quotes, line breaks in fields, CRLF, records across buffer refills, offsets to resume at. */
class CsvScannerTest {

    @TempDir
    Path dir;

    @Test
    void readsQuotedFieldsLineBreaksAndBothLineEndings() throws Exception {
        Path f = write("\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\",z\r\n\r\n2,\"two\nlines\",£5\n3,,\n");
        try (CsvScanner s = new CsvScanner(FileChannel.open(f), 0, 1)) {
            assertThat(s.skipByteOrderMark()).isNull();
            List<String> rows = new ArrayList<>();
            while (s.next()) {
                rows.add(s.line() + ":" + s.field(0) + "|" + s.field(1) + "|" + s.field(2));
            }
            assertThat(rows).containsExactly("1:a|b|c", "2:1|x, \"y\"|z", "4:2|two\nlines|£5", "6:3||");
        }
    }

    @Test
    void recordsAcrossManyBufferRefillsAndResumingAtAnOffset() throws Exception {
        StringBuilder csv = new StringBuilder("id,text\n");
        for (int i = 0; i < 60_000; i++) {
            csv.append(i).append(i % 7 == 0 ? ",\"quoted, with\nbreak\"\n" : ",plain text of some length " + i + "\n");
        }
        Path f = write(csv.toString());
        long resumeAt = 0;
        long resumeLine = 0;
        try (CsvScanner s = new CsvScanner(FileChannel.open(f), 0, 1)) {
            s.next();
            for (int i = 0; i < 60_000; i++) {
                assertThat(s.next()).isTrue();
                assertThat(s.field(0)).isEqualTo(String.valueOf(i));
                if (i == 31_000) {
                    resumeAt = s.nextOffset();
                    resumeLine = s.nextLine();
                }
            }
            assertThat(s.next()).isFalse();
        }
        try (CsvScanner s = new CsvScanner(FileChannel.open(f), resumeAt, resumeLine)) {
            assertThat(s.next()).isTrue();
            assertThat(s.field(0)).isEqualTo("31001");
            assertThat(s.line()).isEqualTo(resumeLine);
        }
    }

    @Test
    void notUtf8AndMalformedQuotes() throws Exception {
        Path f = dir.resolve("latin1.csv");
        Files.write(f, "a,b\n1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        try (CsvScanner s = new CsvScanner(FileChannel.open(f), 0, 1)) {
            s.next();
            s.next();
            assertThat(s.field(1)).isNull();
            assertThat(s.firstBadByte(1)).isEqualTo(0xE9);
        }
        try (CsvScanner s = new CsvScanner(FileChannel.open(write("a,b\n\"x\"y,1\n")), 0, 1)) {
            s.next();
            assertThatThrownBy(s::next).isInstanceOf(CsvScanner.Malformed.class).hasMessageContaining("text after the closing quote");
        }
    }

    private Path write(String text) throws Exception {
        Path f = Files.createTempFile(dir, "t", ".csv");
        Files.writeString(f, text);
        return f;
    }
}
