import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmark's reference (bench/tickets.py): DuckDB counts a ticket export (Hornbill layout, date-times in UTC)
 * by Europe/London month, organisation and kind — tickets logged, resolved, resolved by their SLA due time —
 * over the report's months; then, given agendapack's job database, compares those counts with what the
 * build staged (ticket_count), cell by cell.
 *
 *   java -cp duckdb_jdbc.jar:hsqldb.jar bench/DuckDbTickets.java FILE FROM TO [JOBS_DB_URL]
 */
public class DuckDbTickets {

    public static void main(String[] args) throws Exception {
        String file = args[0];
        String from = args[1];
        String to = args[2];
        long start = System.nanoTime();
        Map<String, long[]> duck = new TreeMap<>();
        long rows;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET TimeZone = 'UTC'");
            String t = "SELECT h_company_name org, CASE WHEN h_requesttype = 'Service Request' THEN 'SR' ELSE h_fk_priorityname END kind, "
                    + "strftime(timezone('Europe/London', timezone('UTC', h_datelogged)), '%Y-%m') lm, "
                    + "strftime(timezone('Europe/London', timezone('UTC', h_dateresolved)), '%Y-%m') rm, "
                    + "CASE WHEN h_dateresolved <= h_fixby THEN 1 ELSE 0 END ok "
                    + "FROM read_csv('" + file.replace("'", "''") + "', header = true, "
                    + "types = {'h_datelogged': 'TIMESTAMP', 'h_dateresolved': 'TIMESTAMP', 'h_fixby': 'TIMESTAMP'})";
            String q = "SELECT m, org, kind, sum(l) AS n_logged, sum(r) AS n_resolved, sum(ok) AS n_met, sum(n) AS n_rows FROM ("
                    + " SELECT org, kind, unnest([lm, rm]) m, unnest([1, 0]) l, unnest([0, CASE WHEN rm IS NULL THEN 0 ELSE 1 END]) r,"
                    + " unnest([0, CASE WHEN rm IS NULL THEN 0 ELSE ok END]) ok, unnest([1, 0]) n FROM (" + t + "))"
                    + " GROUP BY ALL";
            rows = 0;
            try (ResultSet rs = s.executeQuery(q)) {
                while (rs.next()) {
                    rows += rs.getLong("n_rows");
                    String m = rs.getString("m");
                    if (m == null || m.compareTo(from) < 0 || m.compareTo(to) > 0) {
                        continue;
                    }
                    duck.put(m + " " + rs.getString("org") + " " + rs.getString("kind"),
                            new long[] { rs.getLong("n_logged"), rs.getLong("n_resolved"), rs.getLong("n_met") });
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("duckdb rows %d query %.3f s %.0f rows/s%n", rows, seconds, rows / seconds);
        if (args.length > 3) {
            Map<String, long[]> pack = new TreeMap<>();
            try (Connection c = DriverManager.getConnection(args[3], "SA", ""); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT month, organisation, kind, logged, resolved, resolved_in_sla FROM ticket_count "
                            + "WHERE build_id = (SELECT MAX(build_id) FROM ticket_count)")) {
                while (rs.next()) {
                    long[] v = { rs.getLong(4), rs.getLong(5), rs.getLong(6) };
                    if (v[0] + v[1] + v[2] > 0) {
                        pack.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3).strip(), v);
                    }
                }
            }
            duck.values().removeIf(v -> v[0] + v[1] + v[2] == 0);
            int differ = 0;
            for (String k : duck.keySet()) {
                long[] a = duck.get(k);
                long[] b = pack.get(k);
                if (b == null || a[0] != b[0] || a[1] != b[1] || a[2] != b[2]) {
                    if (differ++ < 5) {
                        System.out.println("differs " + k + " duckdb " + java.util.Arrays.toString(a) + " agendapack "
                                + (b == null ? "none" : java.util.Arrays.toString(b)));
                    }
                }
            }
            if (pack.size() != duck.size()) {
                differ++;
                System.out.println("cells: duckdb " + duck.size() + " agendapack " + pack.size());
            }
            System.out.println(differ == 0 ? "equal: " + duck.size() + " cells (month x organisation x kind: logged, resolved, within SLA)"
                    : "DIFFERENT in " + differ + " cells");
        }
    }
}
