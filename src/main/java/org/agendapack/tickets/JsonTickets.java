package org.agendapack.tickets;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agendapack.problem.Problem;
import org.agendapack.source.PlainText;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/** A JSON ticket export: an array of objects, read token by token; properties agendapack does not map are skipped. */
final class JsonTickets extends TicketSource {

    private static final JsonFactory JSON = new JsonFactory();

    private final InputStream input;
    private final JsonParser parser;
    private final Map<String, TicketField> byHeader = new HashMap<>();
    private long records;

    JsonTickets(Path path, String file, TicketColumns columns, long skip) throws IOException {
        super(file, columns);
        input = new BufferedInputStream(Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS), 1 << 16);
        var notUtf8 = PlainText.checkUtf8(path);
        parser = JSON.createParser(input);
        if (notUtf8.isPresent()) {
            fileProblems.add(Problem.in(file).line(notUtf8.get().line()).error(notUtf8.get().describe()));
            stopped = true;
            return;
        }
        for (TicketField f : TicketField.values()) {
            if (columns.header(f) != null) {
                byHeader.put(columns.header(f), f);
            }
        }
        // A JSON export has no header: every mapped field counts as present; a record without one is rejected.
        checkFields(List.copyOf(byHeader.keySet()), null);
        try {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                fileProblems.add(Problem.in(file).line(1L).at("$").error("the file must hold a JSON array of records"));
                stopped = true;
                return;
            }
            for (long i = 0; i < skip && parser.nextToken() == JsonToken.START_OBJECT; i++) {
                parser.skipChildren();
                records++;
            }
        } catch (JacksonException e) {
            malformed(e);
        }
    }

    @Override
    boolean next() throws IOException {
        if (stopped) {
            return false;
        }
        clearValues();
        pointer = "$[" + records + "]";
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                return false;
            }
            line = parser.currentTokenLocation().getLineNr();
            records++;
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                recordProblem = Problem.in(file).line(line).at(pointer).error("each record must be a JSON object");
                return true;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                TicketField f = byHeader.get(name);
                if (f == null) {
                    parser.skipChildren();
                    continue;
                }
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    problem(Problem.in(file).line(line).at(pointer + "." + name).field(name)
                            .error("must be text, a number or true/false, not a JSON object or array"));
                    continue;
                }
                String v = value == JsonToken.VALUE_NULL ? "" : parser.getText();
                int bad = PlainText.indexOfControlCharacter(v);
                if (bad >= 0) {
                    problem(Problem.in(file).line(line).at(pointer + "." + name).field(name).value(v)
                            .error(PlainText.controlCharacterRule(v.charAt(bad))));
                    continue;
                }
                values[f.ordinal()] = v.strip();
            }
            if (recordProblem == null) {
                for (TicketField f : TicketColumns.REQUIRED) {
                    if (values[f.ordinal()] == null) {
                        recordProblem = Problem.in(file).line(line).at(pointer).field(columns.header(f))
                                .error("required field is missing (the " + f.key() + " of the ticket)");
                        break;
                    }
                }
            }
            return true;
        } catch (JacksonException e) {
            malformed(e);
            return false;
        }
    }

    private void problem(Problem p) {
        if (recordProblem == null) {
            recordProblem = p;
        }
    }

    private void malformed(JacksonException e) {
        long at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        fileProblems.add(Problem.in(file).line(at > 0 ? at : null).at(pointer == null ? "$" : pointer)
                .error("malformed JSON: " + e.getOriginalMessage()));
        stopped = true;
    }

    @Override
    long position() {
        return records;
    }

    @Override
    long positionLine() {
        return 0;
    }

    @Override
    public void close() throws IOException {
        parser.close();
        input.close();
    }
}
