package org.agendapack.problem;

/**
 * One thing wrong with the input, named so an officer can find and fix it: the file, where in it
 * (a CSV line or a JSON path), the field, the offending value and the rule it breaks.
 */
public record Problem(Severity severity, String file, Long line, String pointer, String field, String value,
        String rule) {

    public static Problem error(String file, Long line, String pointer, String field, String value, String rule) {
        return new Problem(Severity.ERROR, file, line, pointer, field, value, rule);
    }

    public static Problem warning(String file, Long line, String pointer, String field, String value, String rule) {
        return new Problem(Severity.WARNING, file, line, pointer, field, value, rule);
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
