package org.agendapack.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agendapack.problem.Problem;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a dataset file, CSV (RFC 4180, multi-line quoted fields) or JSON (a top-level array of objects), as
 * {@link SourceRecord}s. Header problems and malformed input come out as records carrying the problem, so
 * they reach the same writer as row problems and are all reported together. Restartable: the item count is
 * saved with each chunk and a restarted step skips what was already staged.
 */
public class SourceRecordReader extends AbstractItemCountingItemStreamItemReader<SourceRecord> {

    /**
     * Decimals as written (1e309 stays 1E+309 for the field rules to refuse, not Infinity); a field given twice
     * in a record is an error, as a duplicated CSV column is (which one counts would be a guess).
     */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final Path path;
    private final String file;
    private final DatasetFormat format;
    private final Deque<SourceRecord> pending = new ArrayDeque<>();

    private BufferedReader input;
    private CSVReader csv;
    private List<String> header;
    private JsonParser json;
    private int jsonIndex;
    private boolean finished;

    /** Reads {@code path} (absent: reads nothing), naming it in problems as {@code file}. */
    public SourceRecordReader(Path path, String file, DatasetFormat format) {
        this.path = path;
        this.file = file;
        this.format = format;
        setName(format.name() + "Reader");
    }

    @Override
    protected void doOpen() throws Exception {
        finished = path == null || !Files.exists(path);
        if (finished) {
            return;
        }
        var notUtf8 = PlainText.checkUtf8(path);
        if (notUtf8.isPresent()) {
            fail(Problem.in(file).line(notUtf8.get().line()).error(notUtf8.get().describe()));
            return;
        }
        // Never through a symbolic link (the meeting's first step refuses links; this holds if one appears since).
        input = new BufferedReader(new InputStreamReader(Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS),
                StandardCharsets.UTF_8));
        skipByteOrderMark(input);
        if (path.getFileName().toString().toLowerCase().endsWith(".json")) {
            openJson();
        } else {
            openCsv();
        }
    }

    @Override
    protected SourceRecord doRead() throws Exception {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        if (finished) {
            return null;
        }
        return json != null ? readJson() : readCsv();
    }

    @Override
    protected void doClose() throws Exception {
        if (csv != null) {
            csv.close();
        }
        if (json != null) {
            json.close();
        }
        if (input != null) {
            input.close();
        }
        csv = null;
        json = null;
        input = null;
        pending.clear();
    }

    private void openCsv() throws IOException {
        csv = new CSVReaderBuilder(input).withCSVParser(new RFC4180ParserBuilder().build()).build();
        String[] names;
        try {
            names = csv.readNext();
        } catch (CsvValidationException | CsvMalformedLineException e) {
            fail(Problem.in(file).line(1L).error("the header line is not valid CSV: " + e.getMessage()));
            return;
        }
        if (names == null) {
            fail(Problem.in(file).line(1L).error("the file is empty: a header line naming the columns "
                    + format.required() + " is required"));
            return;
        }
        header = new ArrayList<>();
        for (String n : names) {
            header.add(n.strip());
        }
        checkColumns(header, 1L, null);
        Set<String> seen = new HashSet<>();
        for (String c : header) {
            var bad = PlainText.check(c);
            if (bad.isPresent()) {
                pending.add(SourceRecord.unreadable(Problem.in(file).line(1L).field(c)
                        .error("the column name " + bad.get())));
                finished = true;
            } else if (!seen.add(c)) {
                // Which of the two would count is a guess: say so rather than read either.
                pending.add(SourceRecord.unreadable(Problem.in(file).line(1L).field(c)
                        .error("the column appears more than once in the header line; each column must appear once")));
                finished = true;
            }
        }
    }

    private SourceRecord readCsv() throws IOException {
        long line = csv.getLinesRead() + 1;
        String[] cells;
        try {
            cells = csv.readNext();
        } catch (CsvMalformedLineException e) {
            return end(malformed(line, e));
        } catch (CsvValidationException e) {
            return end(Problem.in(file).line(line).error("malformed CSV: " + e.getMessage()));
        }
        if (cells == null) {
            finished = true;
            return null;
        }
        if (cells.length == 1 && cells[0].isBlank()) {
            return readCsv();
        }
        if (cells.length != header.size()) {
            return SourceRecord.unreadable(Problem.in(file).line(line)
                    .error("expected " + header.size() + " fields (" + String.join(",", header) + ") but found " + cells.length));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            fields.put(header.get(i), cells[i]);
        }
        return checkText(SourceRecord.of(file, line, null, fields));
    }

    private void openJson() throws IOException {
        try {
            json = JSON.createParser(input);
            JsonToken first = json.nextToken();
            if (first != JsonToken.START_ARRAY) {
                fail(Problem.in(file).line(1L).at("$").error("the file must hold a JSON array of records"));
            }
        } catch (JacksonException e) {
            fail(jsonProblem(e, "$"));
        }
    }

    private SourceRecord readJson() {
        String pointer = "$[" + jsonIndex + "]";
        try {
            JsonToken token = json.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                finished = true;
                return null;
            }
            long line = json.currentTokenLocation().getLineNr();
            JsonNode node = json.readValueAsTree();
            jsonIndex++;
            if (!node.isObject()) {
                return SourceRecord.unreadable(Problem.in(file).line(line).at(pointer)
                        .error("each record must be a JSON object"));
            }
            Map<String, String> fields = new LinkedHashMap<>();
            List<String> unknown = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!format.knows(e.getKey())) {
                    unknown.add(e.getKey());
                }
                JsonNode v = e.getValue();
                fields.put(e.getKey(), v.isNull() ? "" : v.isValueNode() ? v.asString() : v.toString());
            }
            List<String> missing = format.required().stream().filter(c -> !fields.containsKey(c)).toList();
            if (!unknown.isEmpty() || !missing.isEmpty()) {
                List<Problem> problems = new ArrayList<>();
                unknown.forEach(u -> problems.add(Problem.in(file).line(line).at(pointer + "." + u).field(u)
                        .error("unknown field; the fields are " + format.required() + " and optionally " + format.optional())));
                missing.forEach(m -> problems.add(Problem.in(file).line(line).at(pointer).field(m)
                        .error("required field is missing")));
                problems.subList(1, problems.size()).forEach(p -> pending.add(SourceRecord.unreadable(p)));
                return SourceRecord.unreadable(problems.get(0));
            }
            return checkText(SourceRecord.of(file, line, pointer, fields));
        } catch (JacksonException e) {
            return end(jsonProblem(e, pointer));
        }
    }

    /** A record with a field that is no plain text, or too long to hold, is rejected with a problem per field. */
    private SourceRecord checkText(SourceRecord record) {
        if (plainText(record)) {
            return record;
        }
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> f : record.fields().entrySet()) {
            PlainText.check(f.getValue()).ifPresent(rule -> problems.add(Problem.in(file).line(record.lineOrNull()).at(record.pointer() == null ? null : record.pointer() + "." + f.getKey()).field(f.getKey()).value(f.getValue())
                    .error(rule)));
        }
        if (problems.isEmpty()) {
            return record;
        }
        problems.subList(1, problems.size()).forEach(p -> pending.add(SourceRecord.unreadable(p)));
        return SourceRecord.unreadable(problems.get(0));
    }

    /** Whether every field passes both rules of {@link PlainText} (almost every record: nothing to report). */
    private static boolean plainText(SourceRecord record) {
        for (String v : record.fields().values()) {
            if (v.length() > PlainText.MAX_CHARS || PlainText.indexOfControlCharacter(v) >= 0) {
                return false;
            }
        }
        return true;
    }

    private Problem jsonProblem(JacksonException e, String pointer) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return Problem.in(file).line(line > 0 ? line : null).at(pointer)
                .error("malformed JSON: " + e.getOriginalMessage());
    }

    private void checkColumns(List<String> columns, Long line, String pointer) {
        List<String> missing = format.required().stream().filter(c -> !columns.contains(c)).toList();
        for (String c : columns) {
            if (!format.knows(c)) {
                pending.add(SourceRecord.unreadable(Problem.in(file).line(line).at(pointer).field(c)
                        .error("unknown column; the columns are " + format.required() + " and optionally " + format.optional())));
            }
        }
        for (String m : missing) {
            pending.add(SourceRecord.unreadable(Problem.in(file).line(line).at(pointer).field(m)
                    .error("required column is missing")));
        }
        // Rows cannot be interpreted without their columns: report the header and read no further.
        finished = !missing.isEmpty();
    }

    private void fail(Problem p) {
        pending.add(SourceRecord.unreadable(p));
        finished = true;
    }

    /**
     * A quote opened on the line and never closed swallows the rest of the file: say so in one line, with the text
     * from the quote to the line's end as the value, rather than OpenCSV's message with the lost text over many lines.
     */
    private Problem malformed(long line, CsvMalformedLineException e) {
        String context = e.getContext() == null ? "" : e.getContext().lines().findFirst().orElse("");
        Problem.Where problem = Problem.in(file).line(line);
        if (!context.isBlank()) {
            problem = problem.value(context.length() > 120 ? context.substring(0, 117) + "..." : context);
        }
        if (e.getMessage() != null && e.getMessage().startsWith("Unterminated quoted field")) {
            return problem.error("malformed CSV: " + (context.startsWith("\"") ? "the quote that opens the value shown"
                    : "a quoted field on this line") + " is never closed, so this line and the rest of the file were "
                    + "not read; close the quote (a field with a comma, a quote or a line break in "
                    + "it is wrapped in double quotes, and a quote inside it is doubled: \"say \"\"yes\"\"\") or remove it");
        }
        return problem.error("malformed CSV: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }

    private SourceRecord end(Problem p) {
        finished = true;
        return SourceRecord.unreadable(p);
    }

    private static void skipByteOrderMark(BufferedReader r) throws IOException {
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
    }
}
