package org.agendapack.source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.agendapack.problem.Problem;

/** Field rules shared by datasets; each failed rule adds a problem naming the record, field and value. */
public final class FieldRules {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** What the staging tables' decimals hold (DECIMAL(24, 8) at most; money DECIMAL(18, 2)). */
    public static final int MAX_WHOLE_DIGITS = 15;
    public static final int MAX_DECIMALS = 8;

    /** What an identifier or name column holds (an id, an organisation, a metric key). */
    public static final int MAX_NAME = 200;

    private final SourceRecord record;
    private final List<Problem> problems;

    public FieldRules(SourceRecord record, List<Problem> problems) {
        this.record = record;
        this.problems = problems;
    }

    public void error(String field, String value, String rule) {
        problems.add(Problem.in(record.file()).line(record.lineOrNull()).at(pointer(field)).field(field).value(value)
                .error(rule));
    }

    public void warning(String field, String value, String rule) {
        problems.add(Problem.in(record.file()).line(record.lineOrNull()).at(pointer(field)).field(field).value(value)
                .warning(rule));
    }

    private String pointer(String field) {
        return record.pointer() == null ? null : record.pointer() + (field == null ? "" : "." + field);
    }

    public String required(String field) {
        String v = record.text(field);
        if (v.isEmpty()) {
            error(field, "", "required and must not be empty");
            return null;
        }
        return v;
    }

    public String optional(String field) {
        String v = record.text(field);
        return v.isEmpty() ? null : v;
    }

    public YearMonth month(String field) {
        String v = record.text(field);
        YearMonth plain = plainMonth(v);
        if (plain != null) {
            return plain;
        }
        if (MONTH.matcher(v).matches()) {
            try {
                return YearMonth.parse(v);
            } catch (DateTimeParseException e) {
                // falls through to the error below
            }
        }
        error(field, v, "a month must be YYYY-MM, for example 2018-06");
        return null;
    }

    /**
     * "2018-06" read by hand (a month of every row, where YearMonth.parse's formatter is most of the cost): null if
     * it is anything else.
     */
    public static YearMonth plainMonth(String v) {
        if (v.length() != 7 || v.charAt(4) != '-') {
            return null;
        }
        int year = 0;
        for (int i = 0; i < 4; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            year = year * 10 + (c - '0');
        }
        char tens = v.charAt(5);
        char units = v.charAt(6);
        if (tens < '0' || tens > '9' || units < '0' || units > '9') {
            return null;
        }
        int month = (tens - '0') * 10 + (units - '0');
        return month >= 1 && month <= 12 ? YearMonth.of(year, month) : null;
    }

    /** An optional ISO date; empty gives null, anything else not YYYY-MM-DD is an error. */
    public LocalDate date(String field) {
        String v = record.text(field);
        if (v.isEmpty()) {
            return null;
        }
        if (DATE.matcher(v).matches()) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                // falls through
            }
        }
        error(field, v, "a date must be YYYY-MM-DD, for example 2018-10-16");
        return null;
    }

    /** An optional decimal; empty gives null. */
    public BigDecimal decimal(String field) {
        String v = record.text(field);
        if (v.isEmpty()) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(v);
        } catch (NumberFormatException e) {
            error(field, v, "must be a number (digits with an optional decimal point, no commas or units), for example 12.5");
            return null;
        }
        if (number.precision() - number.scale() > MAX_WHOLE_DIGITS) {
            error(field, v, "is too large: a number may have at most " + MAX_WHOLE_DIGITS
                    + " digits before the decimal point, for example 123456789012345");
            return null;
        }
        if (number.scale() > MAX_DECIMALS) {
            error(field, v, "has too many decimal places: at most " + MAX_DECIMALS + ", for example 0.12345678");
            return null;
        }
        return number;
    }

    /** The field's value if it is one of {@code allowed}, else null and an error listing them. */
    public String oneOf(String field, List<String> allowed) {
        String v = record.text(field);
        if (!allowed.contains(v)) {
            error(field, v, "must be one of " + String.join(", ", allowed));
            return null;
        }
        return v;
    }

    /**
     * An error if the field is longer than its column holds ({@link PlainText#MAX_CHARS} is the longest of
     * any field, checked as the file is read). Returns whether it fits.
     */
    public boolean maxLength(String field, int max) {
        String v = record.text(field);
        if (v.length() <= max) {
            return true;
        }
        error(field, v, String.format("is %,d characters long; this field holds at most %,d", v.length(), max));
        return false;
    }

    public boolean hasErrors() {
        for (Problem p : problems) {
            if (p.isError()) {
                return true;
            }
        }
        return false;
    }

    /** The record as checked: rejected with its problems if a rule failed, else the row (built only then). */
    public <T> Checked<T> checked(Supplier<T> row) {
        return hasErrors() ? Checked.rejected(problems) : new Checked<>(row.get(), problems);
    }
}
