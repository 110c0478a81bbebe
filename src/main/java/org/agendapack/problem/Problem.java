package org.agendapack.problem;

import java.util.List;

import org.agendapack.render.Counts;

/**
 * One thing wrong with the input, named so an officer can find and fix it: the file, where in it
 * (a CSV line or a JSON path), the field, the offending value and the rule it breaks.
 */
public record Problem(Severity severity, String file, Long line, String pointer, String field, String value,
        String rule) {

    /**
     * Starts a problem found in {@code file}, to be placed and named fluently:
     * {@code Problem.in("kpi-months.csv").line(14).field("month").value(v).error("month must be YYYY-MM")}.
     */
    public static Where in(String file) {
        return new Where(file);
    }

    /** "1 error, 2 warnings": how many of the problems are errors and how many warnings. */
    public static String counts(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        return Counts.of(errors, "error") + ", " + Counts.of(problems.size() - errors, "warning");
    }

    /** Where a problem is and what it is about; ends with its rule, as an error or a warning. */
    public static final class Where {
        private final String file;
        private Long line;
        private String pointer;
        private String field;
        private String value;

        private Where(String file) {
            this.file = file;
        }

        /** The CSV line (or the line a JSON value starts on). */
        public Where line(long line) {
            this.line = line;
            return this;
        }

        /** The line, if known (null when not). */
        public Where line(Long line) {
            this.line = line;
            return this;
        }

        /** A JSON path ("$.items[2].title") or another place within the file. */
        public Where at(String pointer) {
            this.pointer = pointer;
            return this;
        }

        public Where field(String field) {
            this.field = field;
            return this;
        }

        /** The offending value as written. */
        public Where value(String value) {
            this.value = value;
            return this;
        }

        public Problem error(String rule) {
            return new Problem(Severity.ERROR, file, line, pointer, field, value, rule);
        }

        public Problem warning(String rule) {
            return new Problem(Severity.WARNING, file, line, pointer, field, value, rule);
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "kpi-months.csv line 14, field "month", value "2018-6": month must be YYYY-MM". */
    public String describe() {
        StringBuilder s = new StringBuilder(file == null ? "input" : file);
        if (line != null) {
            s.append(" line ").append(line);
        }
        if (pointer != null) {
            s.append(line != null ? " (" + pointer + ")" : " " + pointer);
        }
        if (field != null) {
            s.append(", field \"").append(field).append('"');
        }
        if (value != null) {
            s.append(", value \"").append(abbreviate(value)).append('"');
        }
        return s.append(": ").append(rule).toString();
    }

    @Override
    public String toString() {
        return severity + " " + describe();
    }

    private static String abbreviate(String v) {
        String oneLine = v.replace("\r", "").replace('\n', ' ');
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }
}
