package org.agendapack.source;

import java.util.Map;

import org.agendapack.problem.Problem;

/**
 * One record as read from a dataset file, before any field is interpreted: its place in the file (the
 * first physical CSV line, or the JSON path and line) and its fields as text. A record may instead carry a
 * problem found while reading (a bad header, a malformed line).
 */
public record SourceRecord(String file, long line, String pointer, Map<String, String> fields, Problem problem) {

    public static SourceRecord of(String file, long line, String pointer, Map<String, String> fields) {
        return new SourceRecord(file, line, pointer, fields, null);
    }

    public static SourceRecord unreadable(Problem problem) {
        return new SourceRecord(problem.file(), problem.line() == null ? 0 : problem.line(), problem.pointer(),
                Map.of(), problem);
    }

    /** The field's text, trimmed; empty when absent. */
    public String text(String field) {
        String v = fields.get(field);
        return v == null ? "" : v.strip();
    }

    public Long lineOrNull() {
        return line > 0 ? line : null;
    }
}
