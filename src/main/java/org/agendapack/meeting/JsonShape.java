package org.agendapack.meeting;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.agendapack.problem.Problem;
import org.agendapack.source.FieldRules;
import org.agendapack.source.PlainText;

import tools.jackson.databind.JsonNode;

/**
 * Checks meeting.json against the Java types it is read into, before it is read into them: every value of the
 * wrong JSON type is a problem in an officer's words, naming the JSON path, the value and what a valid one
 * looks like ("a date must be "YYYY-MM-DD" in quotes, for example "2018-10-16"") instead of Jackson's
 * "Cannot deserialize value of type `java.time.LocalDate`". The shape comes from the record types themselves,
 * so a field added to a record is checked with no change here. Every text anywhere in the file must also be
 * plain text of a length a field can hold ({@link PlainText}).
 */
public final class JsonShape {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private JsonShape(String file) {
        this.file = file;
    }

    /** The problems of {@code node}, found at JSON path {@code at}, read as {@code type}. */
    public static List<Problem> check(String file, JsonNode node, Type type, String at) {
        JsonShape shape = new JsonShape(file);
        shape.value(node, type, at);
        return shape.problems;
    }

    private void value(JsonNode node, Type type, String at) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            text(node, at, n -> true, "must be text in quotes, for example \"Anytown\"");
        } else if (raw == LocalDate.class) {
            text(node, at, n -> parses(n, DATE, LocalDate::parse), "a date must be \"YYYY-MM-DD\" in quotes, for example \"2018-10-16\"");
        } else if (raw == YearMonth.class) {
            text(node, at, n -> parses(n, MONTH, YearMonth::parse), "a month must be \"YYYY-MM\" in quotes, for example \"2018-06\"");
        } else if (raw == LocalTime.class) {
            text(node, at, n -> parses(n, TIME, LocalTime::parse), "a time must be \"HH:MM\" (24-hour clock) in quotes, for example \"18:30\"");
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                wrong(node, at, "must be a whole number without quotes, for example 3");
            }
        } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
            if (!node.isNumber()) {
                wrong(node, at, "must be a number without quotes, for example 95 or 12.5");
            } else if (node.decimalValue().precision() - node.decimalValue().scale() > FieldRules.MAX_WHOLE_DIGITS) {
                wrong(node, at, "is too large: a number may have at most " + FieldRules.MAX_WHOLE_DIGITS
                        + " digits before the decimal point");
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (!node.isBoolean()) {
                wrong(node, at, "must be true or false, without quotes");
            }
        } else if (raw.isEnum()) {
            text(node, at, n -> java.util.Arrays.stream(raw.getEnumConstants()).anyMatch(c -> c.toString().equals(n)),
                    "must be one of " + java.util.Arrays.toString(raw.getEnumConstants()));
        } else if (List.class.isAssignableFrom(raw)) {
            if (!node.isArray()) {
                wrong(node, at, "must be a list in square brackets, [ … ], even of one");
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                value(node.get(i), argument(type, 0), at + "[" + i + "]");
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!node.isObject()) {
                wrong(node, at, "must be an object in braces, { … }");
                return;
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                name(e.getKey(), at);
                value(e.getValue(), argument(type, 1), at + "." + e.getKey());
            }
        } else if (raw.isRecord()) {
            if (!node.isObject()) {
                wrong(node, at, "must be an object in braces, { … }, with the fields "
                        + java.util.Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getName).toList());
                return;
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                name(e.getKey(), at);
                RecordComponent component = component(raw, e.getKey());
                if (component == null) {
                    anything(e.getValue(), at + "." + e.getKey());
                } else {
                    value(e.getValue(), component.getGenericType(), at + "." + e.getKey());
                }
            }
        } else {
            anything(node, at);
        }
    }

    /** Any JSON (settings read later by their report): only its texts are checked. */
    private void anything(JsonNode node, String at) {
        if (node.isString()) {
            plain(node.asString(), at);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                anything(node.get(i), at + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                name(e.getKey(), at);
                anything(e.getValue(), at + "." + e.getKey());
            }
        }
    }

    private void text(JsonNode node, String at, Predicate<String> valid, String rule) {
        if (!node.isString()) {
            wrong(node, at, rule);
        } else if (!plain(node.asString(), at) && !valid.test(node.asString())) {
            problems.add(Problem.in(file).at(at).field(field(at)).value(node.asString()).error(rule));
        }
    }

    /** True when the text broke a rule of its own (and a problem was added). */
    private boolean plain(String text, String at) {
        var rule = PlainText.check(text);
        rule.ifPresent(r -> problems.add(Problem.in(file).at(at).field(field(at)).value(text).error(r)));
        return rule.isPresent();
    }

    private void name(String key, String at) {
        PlainText.check(key).ifPresent(r -> problems.add(Problem.in(file).at(at).value(key)
                .error("a field name " + r)));
    }

    private void wrong(JsonNode node, String at, String rule) {
        String found = node.isString() ? "text" : node.isNumber() ? "a number" : node.isBoolean() ? "true/false"
                : node.isArray() ? "a list" : node.isObject() ? "an object" : node.getNodeType().name().toLowerCase();
        problems.add(Problem.in(file).at(at).field(field(at)).value(node.isString() ? node.asString() : node.toString())
                .error(rule + " (found " + found + ")"));
    }

    private static boolean parses(String text, Pattern pattern, java.util.function.Function<String, ?> parse) {
        if (!pattern.matcher(text).matches()) {
            return false;
        }
        try {
            parse.apply(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String field(String at) {
        String last = at.substring(at.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket > 0 ? last.substring(0, bracket) : last.equals("$") ? null : last;
    }

    private static RecordComponent component(Class<?> record, String name) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }
}
