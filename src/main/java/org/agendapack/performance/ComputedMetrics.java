package org.agendapack.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agendapack.dataset.CrossCheck;
import org.agendapack.meeting.MeetingLoader;
import org.agendapack.problem.Problem;
import org.agendapack.run.BuildContext;
import org.agendapack.tickets.TicketCounts;
import org.agendapack.tickets.TicketKind;
import org.agendapack.tickets.TicketScope;
import org.agendapack.tickets.TicketsDataset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The performance pack's computed metrics: their values, month by month and organisation by organisation,
 * from the staged ticket counts, headcount and survey responses; and the rules about them (the data they need
 * is supplied; no metric is both computed and typed; a value that cannot be computed is a warning, shown n/a).
 * A percentage is computed exactly and rounded once, half up, to the two decimals the pack prints.
 */
@Component
public class ComputedMetrics implements CrossCheck, TicketScope.Source {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final String AT = "$.reports.performance-pack.metrics";

    private final JdbcTemplate jdbc;
    private final TicketCounts tickets;
    private final Headcount headcount;
    private final SurveyResponses surveys;

    public ComputedMetrics(JdbcTemplate jdbc, TicketCounts tickets, Headcount headcount, SurveyResponses surveys) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.headcount = headcount;
        this.surveys = surveys;
    }

    @Override
    public String dataset() {
        return "computed-metrics";
    }

    @Override
    public TicketScope of(BuildContext build) {
        PerformancePackSettings s = build.settings(PerformancePackReport.KEY, PerformancePackSettings.class);
        return s == null || s.months().size() != 2 ? null
                : new TicketScope(s.tickets(), build.meeting().organisations(), s.from(), s.to());
    }

    /** The values of every computed metric, and a warning for each that cannot be computed. */
    public record Values(Map<CellKey, BigDecimal> values, List<Problem> problems) {
    }

    @Override
    public List<Problem> check(BuildContext build) {
        List<Problem> problems = new ArrayList<>();
        PerformancePackSettings s = build.settings(PerformancePackReport.KEY, PerformancePackSettings.class);
        if (s == null || !s.computesAny()) {
            return problems;
        }
        boolean missing = false;
        for (int i = 0; i < s.metrics().size(); i++) {
            Metric m = s.metrics().get(i);
            if (!m.isComputed()) {
                continue;
            }
            for (String dataset : m.computed().datasets()) {
                if (build.datasetFile(dataset).isEmpty()) {
                    missing = true;
                    problems.add(Problem.in(MeetingLoader.FILE).at(AT + "[" + i + "].computed").field("computed").value(m.key())
                            .error("is computed from " + dataset + ", but the meeting folder has no " + dataset + ".csv or "
                                    + dataset + ".json"));
                }
            }
        }
        problems.addAll(typedToo(build, s));
        if (!missing) {
            problems.addAll(compute(build).problems());
        }
        return problems;
    }

    /** A metric both computed and typed in kpi-months: which would count is a guess, so it is an error. */
    private List<Problem> typedToo(BuildContext build, PerformancePackSettings s) {
        List<Problem> problems = new ArrayList<>();
        String typed = build.datasetFile(KpiMonths.FORMAT.name()).orElse(null);
        if (typed == null) {
            return problems;
        }
        jdbc.query("SELECT metric, MIN(line) first, COUNT(*) n FROM kpi_value WHERE build_id = ? AND line > 0 GROUP BY metric ORDER BY first",
                rs -> {
                    Metric m = s.metric(rs.getString("metric"));
                    if (m != null && m.isComputed()) {
                        String from = build.datasetFile(m.computed().from()).orElse(m.computed().from());
                        problems.add(Problem.in(typed).line(rs.getLong("first")).field("metric").value(m.key())
                                .error(m.label() + " is computed from " + from + " (meeting.json " + AT + "["
                                        + s.metrics().indexOf(m) + "].computed) and typed in " + typed + " too ("
                                        + rs.getLong("n") + " rows): give it one way, either remove its rows from " + typed
                                        + " or its \"computed\" from meeting.json"));
                    }
                }, build.buildId());
        return problems;
    }

    /** Every computed value of the report's months, with a warning for each that cannot be computed (n/a). */
    public Values compute(BuildContext build) {
        PerformancePackSettings s = build.settings(PerformancePackReport.KEY, PerformancePackSettings.class);
        Map<CellKey, BigDecimal> values = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        long id = build.buildId();
        Map<TicketCounts.Cell, Map<TicketKind, TicketCounts.Count>> counts = tickets.all(id);
        Map<CellKey, SurveyResponses.Tally> responses = surveys.tallies(id);
        Map<String, Long> employees = new HashMap<>();
        String ticketFile = build.datasetFile(TicketsDataset.NAME).orElse(TicketsDataset.NAME);
        String surveyFile = build.datasetFile(ComputedMetric.SURVEYS).orElse(ComputedMetric.SURVEYS);
        String headcountFile = build.datasetFile(ComputedMetric.HEADCOUNT).orElse(ComputedMetric.HEADCOUNT);
        for (YearMonth month : s.monthRange()) {
            for (String org : build.meeting().organisations()) {
                Map<TicketKind, TicketCounts.Count> byKind = counts.getOrDefault(new TicketCounts.Cell(month, org), Map.of());
                for (Metric metric : s.metrics()) {
                    if (!metric.isComputed()) {
                        continue;
                    }
                    ComputedMetric c = metric.computed();
                    ComputedMetric.Measure measure = c.measureOrNull();
                    long logged = 0;
                    long resolved = 0;
                    long inSla = 0;
                    long open = 0;
                    for (TicketKind k : c.kinds()) {
                        TicketCounts.Count n = byKind.get(k);
                        if (n != null) {
                            logged += n.logged();
                            resolved += n.resolved();
                            inSla += n.resolvedInSla();
                            open += n.openAtEnd();
                        }
                    }
                    String where = " for " + org + " in " + month;
                    BigDecimal value = switch (measure) {
                        case LOGGED -> BigDecimal.valueOf(logged);
                        case OPEN_AT_MONTH_END -> BigDecimal.valueOf(open);
                        case SLA -> {
                            if (resolved == 0) {
                                problems.add(Problem.in(ticketFile).warning(metric.label() + where
                                        + ": no such ticket was resolved in the month, so there is no SLA performance to show (n/a)"));
                                yield null;
                            }
                            yield percent(inSla, resolved);
                        }
                        case LOGGED_PER_EMPLOYEE, OPEN_PER_EMPLOYEE -> {
                            Long staff = employees.computeIfAbsent(org + "\u0000" + month, k -> {
                                Long n = headcount.at(id, org, month);
                                return n == null ? -1L : n;
                            });
                            if (staff < 0) {
                                problems.add(Problem.in(headcountFile).warning("no headcount of " + org + " in force at the end of "
                                        + month + ", so " + metric.label() + " is shown as n/a"));
                                yield null;
                            }
                            long calls = measure == ComputedMetric.Measure.LOGGED_PER_EMPLOYEE ? logged : open;
                            yield BigDecimal.valueOf(calls).divide(BigDecimal.valueOf(staff), 2, RoundingMode.HALF_UP);
                        }
                        case NPS, SURVEYS_RETURNED -> {
                            SurveyResponses.Tally t = responses.get(CellKey.of(month.toString(), org, ComputedMetric.SURVEYS));
                            if (measure == ComputedMetric.Measure.SURVEYS_RETURNED) {
                                yield BigDecimal.valueOf(t == null ? 0 : t.responses());
                            }
                            if (t == null) {
                                problems.add(Problem.in(surveyFile).warning(metric.label() + where
                                        + ": no survey responses, so no Net Promoter Score to show (n/a)"));
                                yield null;
                            }
                            yield BigDecimal.valueOf(t.promoters() - t.detractors()).multiply(HUNDRED)
                                    .divide(BigDecimal.valueOf(t.responses()), 2, RoundingMode.HALF_UP);
                        }
                    };
                    if (value != null) {
                        values.put(new CellKey(month, org, metric.key()), value);
                    }
                }
            }
        }
        return new Values(values, problems);
    }

    /** 100 × part ÷ whole, rounded half up to two decimals, as the pack prints it. */
    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
