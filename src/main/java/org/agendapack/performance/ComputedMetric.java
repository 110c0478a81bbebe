package org.agendapack.performance;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.agendapack.tickets.TicketKind;

/**
 * A metric computed from data rather than typed: {@code "computed": {"from": "tickets", "measure": "sla",
 * "type": "incident", "priority": "P1"}}.
 *
 * @param from the dataset it is computed from: {@code tickets} or {@code survey-responses}
 * @param measure what is computed (see {@link Measure})
 * @param type for a tickets measure: {@code incident} or {@code service request}; absent: every ticket
 * @param priority for incidents: {@code P1}, {@code P2} or {@code P3}; absent: every priority
 */
public record ComputedMetric(String from, String measure, String type, String priority) {

    public static final String TICKETS = "tickets";
    public static final String SURVEYS = "survey-responses";
    public static final String HEADCOUNT = "headcount";

    /** What can be computed, the unit it is in, and the dataset it comes from. */
    public enum Measure {
        LOGGED("logged", Metric.Unit.COUNT, TICKETS, "tickets logged in the month"),
        OPEN_AT_MONTH_END("open-at-month-end", Metric.Unit.COUNT, TICKETS, "tickets logged and not resolved by the month's end"),
        SLA("sla", Metric.Unit.PERCENT, TICKETS, "tickets resolved within their SLA as a percentage of the tickets resolved in the month"),
        LOGGED_PER_EMPLOYEE("logged-per-employee", Metric.Unit.RATIO, TICKETS, "tickets logged in the month divided by the organisation's employees (headcount)"),
        OPEN_PER_EMPLOYEE("open-per-employee", Metric.Unit.RATIO, TICKETS, "tickets open at the month's end divided by the organisation's employees (headcount)"),
        NPS("nps", Metric.Unit.SCORE, SURVEYS, "the Net Promoter Score: % of responses scoring 9-10 minus % scoring 0-6"),
        SURVEYS_RETURNED("surveys-returned", Metric.Unit.COUNT, SURVEYS, "survey responses in the month");

        private final String key;
        private final Metric.Unit unit;
        private final String from;
        private final String meaning;

        Measure(String key, Metric.Unit unit, String from, String meaning) {
            this.key = key;
            this.unit = unit;
            this.from = from;
            this.meaning = meaning;
        }

        public String key() {
            return key;
        }

        public Metric.Unit unit() {
            return unit;
        }

        public String from() {
            return from;
        }

        public String meaning() {
            return meaning;
        }

        public boolean perEmployee() {
            return this == LOGGED_PER_EMPLOYEE || this == OPEN_PER_EMPLOYEE;
        }

        public static Measure of(String key) {
            return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst().orElse(null);
        }

        public static List<String> keys() {
            return Arrays.stream(values()).map(Measure::key).toList();
        }
    }

    public Measure measureOrNull() {
        return Measure.of(measure);
    }

    /** The datasets the metric needs: its own, and headcount for a per-employee measure. */
    public List<String> datasets() {
        Measure m = measureOrNull();
        return m != null && m.perEmployee() ? List.of(from, HEADCOUNT) : List.of(from);
    }

    /** True: incidents only; false: service requests only; null: both. */
    Boolean incidents() {
        if (type == null) {
            return null;
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "incident" -> true;
            case "service request" -> false;
            default -> null;
        };
    }

    /** The kinds of ticket the metric counts. */
    List<TicketKind> kinds() {
        Boolean incidents = incidents();
        if (incidents == null) {
            return List.of(TicketKind.values());
        }
        if (!incidents) {
            return List.of(TicketKind.SERVICE_REQUEST);
        }
        return priority == null ? List.of(TicketKind.P1, TicketKind.P2, TicketKind.P3)
                : List.of(TicketKind.valueOf(priority.toUpperCase(Locale.ROOT)));
    }
}
