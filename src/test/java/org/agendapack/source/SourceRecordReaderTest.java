package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The dataset reader on its own: CSV and JSON records, their lines, and header problems as records. */
class SourceRecordReaderTest {

    static final DatasetFormat FORMAT = new DatasetFormat("things", List.of("id", "title"), List.of("note"));

    @TempDir
    Path dir;

    @Test
    void readsCsvRecordsWithTheLineEachStartsOnAcrossQuotedLineBreaks() throws Exception {
        List<SourceRecord> records = read("things.csv", "\uFEFFid,title,note\r\n1,\"Two\r\nlines\",\r\n2,Plain,a note\r\n");
        assertThat(records).extracting(SourceRecord::line).containsExactly(2L, 4L);
        assertThat(records.get(0).text("title")).isEqualToNormalizingNewlines("Two\nlines");
        assertThat(records.get(1).text("note")).isEqualTo("a note");
        assertThat(records).allMatch(r -> r.problem() == null && "things.csv".equals(r.file()));
    }

    @Test
    void aMissingRequiredColumnIsOneProblemOnTheHeaderLine() throws Exception {
        List<SourceRecord> records = read("things.csv", "id,note\n1,x\n");
        assertThat(records).first().satisfies(r -> {
            assertThat(r.problem()).isNotNull();
            assertThat(r.problem().isError()).isTrue();
            assertThat(r.problem().line()).isEqualTo(1L);
            assertThat(r.problem().describe()).contains("title");
        });
    }

    @Test
    void anEmptyFileNamesTheColumnsItNeeds() throws Exception {
        List<SourceRecord> records = read("things.csv", "");
        assertThat(records).singleElement().satisfies(r ->
                assertThat(r.problem().describe()).contains("the file is empty").contains("[id, title]"));
    }

    @Test
    void readsAJsonArrayOfObjectsWithAPointerPerRecord() throws Exception {
        List<SourceRecord> records = read("things.json", """
                [
                  {"id": "1", "title": "One"},
                  {"id": "2", "title": "Two", "note": "n"}
                ]
                """);
        assertThat(records).extracting(SourceRecord::pointer).containsExactly("$[0]", "$[1]");
        assertThat(records).extracting(r -> r.text("title")).containsExactly("One", "Two");
        assertThat(records.get(1).line()).isEqualTo(3L);
    }

    @Test
    void brokenJsonIsAProblemWithItsLineNotAnException() throws Exception {
        List<SourceRecord> records = read("things.json", "[\n  {\"id\": \"1\", \"title\": \"One\"},\n  {\"id\": \n");
        SourceRecord last = records.get(records.size() - 1);
        assertThat(last.problem()).isNotNull();
        assertThat(last.problem().isError()).isTrue();
        assertThat(last.problem().file()).isEqualTo("things.json");
    }

    @Test
    void aRestartedReaderSkipsTheRecordsAlreadyRead() throws Exception {
        Path file = write("things.csv", "id,title\n1,a\n2,b\n3,c\n");
        ExecutionContext saved = new ExecutionContext();
        SourceRecordReader first = new SourceRecordReader(file, "things.csv", FORMAT);
        first.open(saved);
        first.read();
        first.read();
        first.update(saved);
        first.close();

        SourceRecordReader restarted = new SourceRecordReader(file, "things.csv", FORMAT);
        restarted.open(saved);
        SourceRecord next = restarted.read();
        restarted.close();
        assertThat(next.text("id")).isEqualTo("3");
        assertThat(next.line()).isEqualTo(4L);
    }

    @Test
    void noFileMeansNothingToRead() throws Exception {
        SourceRecordReader reader = new SourceRecordReader(null, null, FORMAT);
        reader.open(new ExecutionContext());
        assertThat(reader.read()).isNull();
        reader.close();
    }

    private List<SourceRecord> read(String name, String content) throws Exception {
        Path file = write(name, content);
        SourceRecordReader reader = new SourceRecordReader(file, name, FORMAT);
        reader.open(new ExecutionContext());
        List<SourceRecord> records = new ArrayList<>();
        for (SourceRecord r = reader.read(); r != null; r = reader.read()) {
            records.add(r);
        }
        reader.close();
        return records;
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
