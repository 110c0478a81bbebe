package org.agendapack.tickets;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agendapack.problem.Problem;

/**
 * A ticket mapping made whole: the export's header for each field (the preset's, overridden by meeting.json's
 * {@code columns}), what its words for organisations, types, priorities and SLA verdicts mean, and the zone
 * of its date-times.
 */
public final class TicketColumns {

    /** The fields every export must map; an SLA due date-time or an SLA-met flag is needed besides. */
    static final List<TicketField> REQUIRED = List.of(TicketField.ID, TicketField.ORGANISATION, TicketField.TYPE,
            TicketField.PRIORITY, TicketField.LOGGED, TicketField.RESOLVED);

    /** The fields meeting.json's {@code values} may give words for. */
    static final List<String> WORDED = List.of("organisation", "type", "priority", "sla_met");

    public static final String LONDON = "Europe/London";

    /** "P1", "1", "Priority 1", "1 - Critical", "P1 - High": a priority 1 to 3 and anything after a dash. */
    private static final Pattern PRIORITY = Pattern.compile("(?i)(?:p|priority\\s*)?([1-3])(?:\\s*-.*)?");

    private final EnumMap<TicketField, String> headers = new EnumMap<>(TicketField.class);
    private final Map<String, Map<String, String>> words = new HashMap<>();
    private final ZoneId zone;
    private final String source;

    private TicketColumns(TicketMapping mapping) {
        TicketPreset preset = TicketPreset.of(mapping.preset());
        for (TicketField f : TicketField.values()) {
            headers.put(f, f.key());
        }
        if (preset != null) {
            headers.keySet().removeIf(f -> f == TicketField.SLA_DUE || f == TicketField.SLA_MET);
            headers.putAll(preset.columns());
            preset.words().forEach((field, map) -> map.forEach((k, v) -> word(field, k, v)));
        }
        mapping.columns().forEach((field, header) -> headers.put(TicketField.of(field), header.strip()));
        mapping.values().forEach((field, map) -> map.forEach((k, v) -> word(field, k, v)));
        String zoneId = mapping.timeZone() != null ? mapping.timeZone() : preset != null ? preset.timeZone() : LONDON;
        this.zone = ZoneId.of(zoneId);
        this.source = preset == null ? "agendapack's column names" : "the " + preset.key() + " preset";
    }

    private void word(String field, String word, String meaning) {
        words.computeIfAbsent(field, k -> new HashMap<>()).put(word.strip().toLowerCase(Locale.ROOT), meaning.strip());
    }

    /** The mapping as resolved; only for a mapping {@link #check} passed. */
    public static TicketColumns of(TicketMapping mapping) {
        return new TicketColumns(mapping == null ? TicketMapping.STANDARD : mapping);
    }

    /** What is wrong with a mapping in meeting.json, at {@code at} (its JSON path). */
    public static List<Problem> check(TicketMapping mapping, String file, String at) {
        List<Problem> problems = new ArrayList<>();
        if (mapping == null) {
            return problems;
        }
        if (mapping.preset() != null && TicketPreset.of(mapping.preset()) == null) {
            problems.add(Problem.in(file).at(at + ".preset").field("preset").value(mapping.preset())
                    .error("must be one of " + String.join(", ", TicketPreset.keys())
                            + " (or left out: the export then uses agendapack's column names)"));
        }
        mapping.columns().forEach((field, header) -> {
            if (TicketField.of(field) == null) {
                problems.add(Problem.in(file).at(at + ".columns." + field).field(field).value(header)
                        .error("not a field of the tickets dataset; the fields are " + String.join(", ", TicketField.keys())));
            } else if (header == null || header.isBlank()) {
                problems.add(Problem.in(file).at(at + ".columns." + field).field(field)
                        .error("must name the export's column, for example \"opened_at\""));
            }
        });
        mapping.values().forEach((field, map) -> {
            if (!WORDED.contains(field)) {
                problems.add(Problem.in(file).at(at + ".values." + field).field(field)
                        .error("only these fields take words of the export: " + String.join(", ", WORDED)));
                return;
            }
            map.forEach((word, meaning) -> {
                String bad = switch (field) {
                    case "type" -> type(meaning) == null ? "\"incident\" or \"service request\"" : null;
                    case "priority" -> priority(meaning) == null ? "\"P1\", \"P2\" or \"P3\"" : null;
                    case "sla_met" -> flag(meaning) == null ? "\"true\" (met) or \"false\" (missed)" : null;
                    default -> meaning == null || meaning.isBlank() ? "one of the meeting's organisations" : null;
                };
                if (bad != null) {
                    problems.add(Problem.in(file).at(at + ".values." + field + "." + word).field(field).value(meaning)
                            .error("what \"" + word + "\" means must be " + bad));
                }
            });
        });
        if (mapping.timeZone() != null) {
            try {
                ZoneId.of(mapping.timeZone());
            } catch (DateTimeException e) {
                problems.add(Problem.in(file).at(at + ".timeZone").field("timeZone").value(mapping.timeZone())
                        .error("must be a time zone name, for example \"Europe/London\" or \"UTC\""));
            }
        }
        return problems;
    }

    public String header(TicketField field) {
        return headers.get(field);
    }

    /** The export's headers of the SLA fields, flag first: a ticket's verdict comes from the flag when the export has it. */
    public List<TicketField> slaFields() {
        return List.of(TicketField.SLA_MET, TicketField.SLA_DUE).stream().filter(headers::containsKey).toList();
    }

    public ZoneId zone() {
        return zone;
    }

    /** "the servicenow preset" or "agendapack's column names": where the header names came from. */
    public String source() {
        return source;
    }

    /** The meeting's organisation a word of the export means (the word itself if the mapping has none). */
    public String organisation(String word) {
        return meaning("organisation", word);
    }

    public TicketKind kind(String typeWord, String priorityWord) {
        Boolean incident = type(meaning("type", typeWord));
        if (incident == null) {
            return null;
        }
        if (!incident) {
            return TicketKind.SERVICE_REQUEST;
        }
        return priority(meaning("priority", priorityWord));
    }

    /** True: incident; false: service request; null: neither. */
    public Boolean isIncident(String typeWord) {
        return type(meaning("type", typeWord));
    }

    public Boolean slaMet(String word) {
        return flag(meaning("sla_met", word));
    }

    private String meaning(String field, String word) {
        Map<String, String> map = words.get(field);
        if (map == null || word.isEmpty()) {
            return word;
        }
        String m = map.get(word.toLowerCase(Locale.ROOT));
        return m == null ? word : m;
    }

    static Boolean type(String word) {
        if (word == null) {
            return null;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "incident" -> true;
            case "service request", "service-request", "service_request", "request" -> false;
            default -> null;
        };
    }

    static TicketKind priority(String word) {
        if (word == null) {
            return null;
        }
        Matcher m = PRIORITY.matcher(word);
        return m.matches() ? TicketKind.values()[m.group(1).charAt(0) - '1'] : null;
    }

    static Boolean flag(String word) {
        if (word == null) {
            return null;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "met", "achieved", "within sla" -> true;
            case "false", "no", "n", "0", "missed", "breached", "not met" -> false;
            default -> null;
        };
    }
}
