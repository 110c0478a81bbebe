package org.agendapack.tickets;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The staged counts of a build's tickets: added to chunk by chunk, read back month by month. */
@Component
public class TicketCounts {

    private final JdbcTemplate jdbc;

    public TicketCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One month, organisation and kind. */
    public record Count(long logged, long resolved, long resolvedInSla, long openAtEnd) {
    }

    /** A month and organisation. */
    public record Cell(YearMonth month, String organisation) {
    }

    /** Adds a chunk's tally (one MERGE per non-empty cell, in the caller's transaction). */
    void add(long buildId, TicketScope scope, long[] tally) {
        List<Object[]> rows = new ArrayList<>();
        int orgs = scope.organisations().size();
        int months = scope.months();
        for (int o = 0; o < orgs; o++) {
            for (int k = 0; k < 4; k++) {
                for (int m = 0; m < months; m++) {
                    int at = Tally.index(o, k, m, months);
                    long logged = tally[at];
                    long resolved = tally[at + 1];
                    long inSla = tally[at + 2];
                    long open = tally[at + 3];
                    if ((logged | resolved | inSla | open) != 0) {
                        rows.add(new Object[] { buildId, scope.from().plusMonths(m).toString(), scope.organisations().get(o),
                                TicketKind.values()[k].code(), logged, resolved, inSla, open });
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                MERGE INTO ticket_count t USING (VALUES (CAST(? AS BIGINT), CAST(? AS CHAR(7)), CAST(? AS VARCHAR(200)),
                    CAST(? AS CHAR(2)), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT)))
                  AS c (build_id, month, organisation, kind, logged, resolved, resolved_in_sla, open_at_end)
                ON t.build_id = c.build_id AND t.month = c.month AND t.organisation = c.organisation AND t.kind = c.kind
                WHEN MATCHED THEN UPDATE SET t.logged = t.logged + c.logged, t.resolved = t.resolved + c.resolved,
                    t.resolved_in_sla = t.resolved_in_sla + c.resolved_in_sla, t.open_at_end = t.open_at_end + c.open_at_end
                WHEN NOT MATCHED THEN INSERT VALUES (c.build_id, c.month, c.organisation, c.kind, c.logged, c.resolved,
                    c.resolved_in_sla, c.open_at_end)""", rows);
    }

    void clear(long buildId) {
        jdbc.update("DELETE FROM ticket_count WHERE build_id = ?", buildId);
    }

    /** Every staged count of a build, by month and organisation, then kind. */
    public Map<Cell, Map<TicketKind, Count>> all(long buildId) {
        Map<Cell, Map<TicketKind, Count>> all = new HashMap<>();
        jdbc.query("SELECT month, organisation, kind, logged, resolved, resolved_in_sla, open_at_end FROM ticket_count WHERE build_id = ?",
                rs -> {
                    all.computeIfAbsent(new Cell(YearMonth.parse(rs.getString("month")), rs.getString("organisation")),
                            k -> new EnumMap<>(TicketKind.class))
                            .put(TicketKind.ofCode(rs.getString("kind").strip()), new Count(rs.getLong("logged"),
                                    rs.getLong("resolved"), rs.getLong("resolved_in_sla"), rs.getLong("open_at_end")));
                }, buildId);
        return all;
    }
}
