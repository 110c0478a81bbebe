package org.agendapack.tickets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.agendapack.dataset.StreamedDataset;
import org.agendapack.problem.Problem;
import org.agendapack.problem.ProblemLog;
import org.agendapack.render.UkDates;
import org.agendapack.run.BuildContext;
import org.agendapack.run.StepSummary;
import org.agendapack.source.DatasetFormat;
import org.agendapack.source.FieldRules;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The tickets dataset: a service desk's export, one row per ticket, read as it streams and counted by month,
 * organisation and kind; never staged row by row. Every row is checked (file, line, field, value, rule), and
 * a ticket id given twice is found with {@link TicketIds}. Restartable: each chunk's counts, problems and the
 * place to resume from are committed together; a restarted step replays the rows before that place to know
 * their ids again (reading, not counting), then carries on.
 */
@Component
public class TicketsDataset implements StreamedDataset {

    public static final String NAME = "tickets";

    public static final DatasetFormat FORMAT = new DatasetFormat(NAME, TicketColumns.REQUIRED.stream().map(TicketField::key).toList(),
            List.of(TicketField.SLA_DUE.key(), TicketField.SLA_MET.key()));

    /** Rows per transaction: a chunk's counts are a few dozen rows of the staging table whatever its size. */
    static final int CHUNK = 100_000;

    /** Problems listed one by one per column; beyond that, one line says how many more. */
    static final int SHOWN_PER_FIELD = 100;

    private final TicketCounts counts;
    private final ProblemLog problems;
    private final BuildContext build;
    private final TicketScope.Source scopes;

    public TicketsDataset(TicketCounts counts, ProblemLog problems, BuildContext build, TicketScope.Source scopes) {
        this.counts = counts;
        this.problems = problems;
        this.build = build;
        this.scopes = scopes;
    }

    @Override
    public DatasetFormat format() {
        return FORMAT;
    }

    @Override
    public Ingest ingest() {
        return new TicketIngest();
    }

    /** Rows handed from the reading thread to the counting one at a time. */
    static final int BATCH = 4_096;

    /** One record as read: its fields, where it is, or why it could not be read. */
    record Row(String[] values, long line, String pointer, Problem problem) {
        static Row of(TicketSource source) {
            return new Row(source.values.clone(), source.line, source.pointer, source.recordProblem);
        }
    }

    /** The step's state for one execution (opened afresh by each). */
    private final class TicketIngest implements Ingest {

        private static final String POSITION = "tickets.position";
        private static final String LINE = "tickets.line";
        private static final String READ = "tickets.read";
        private static final String REJECTED = "tickets.rejected";
        private static final String BEFORE = "tickets.before";
        private static final String AFTER = "tickets.after";
        private static final String SHOWN = "tickets.problems.";

        private Path path;
        private String file;
        private TicketScope scope;
        private TicketColumns columns;
        private TicketTimes times;
        private TicketIds ids;
        private TicketSource source;
        private Map<String, Integer> orgIndex;
        private final Map<String, Integer> orgByWord = new HashMap<>();
        private final Map<String, Optional<Boolean>> typeByWord = new HashMap<>();
        private final Map<String, Optional<TicketKind>> priorityByWord = new HashMap<>();
        private int fromMonth;
        private int months;
        private long[] tally;
        private List<Problem> found;
        private boolean replaying;
        private Row current;
        private ExecutorService reader;
        private ExecutionContext context;

        @Override
        public void open(ExecutionContext ctx) {
            context = ctx;
            path = build.folder().dataset(NAME).orElse(null);
            scope = scopes.of(build);
            if (path == null || scope == null) {
                return;
            }
            file = build.folder().relative(path);
            reader = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "tickets-reader");
                t.setDaemon(true);
                return t;
            });
            columns = TicketColumns.of(scope.mapping());
            times = new TicketTimes(columns.zone());
            ids = new TicketIds();
            orgByWord.clear();
            typeByWord.clear();
            priorityByWord.clear();
            orgIndex = new HashMap<>();
            for (int i = 0; i < scope.organisations().size(); i++) {
                orgIndex.put(scope.organisations().get(i), i);
            }
            fromMonth = scope.from().getYear() * 12 + scope.from().getMonthValue() - 1;
            months = scope.months();
            long position = ctx.getLong(POSITION, 0L);
            try {
                if (position == 0) {
                    counts.clear(build.buildId());
                    problems.clear(build.buildId(), NAME);
                    source = open(0, 1);
                } else {
                    replay(position);
                    source = open(position, ctx.getLong(LINE, 0L));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private TicketSource open(long position, long line) throws IOException {
            return path.getFileName().toString().toLowerCase().endsWith(".json")
                    ? new JsonTickets(path, file, columns, position)
                    : new CsvTickets(path, file, columns, position, line);
        }

        /** The ids of the rows a restarted step has already counted, read again (nothing counted, nothing reported). */
        private void replay(long position) throws IOException {
            replaying = true;
            tally = Tally.empty(scope.organisations().size(), months);
            found = new ArrayList<>();
            try (TicketSource again = open(0, 1)) {
                source = again;
                while (again.position() < position && again.next()) {
                    process(Row.of(again));
                }
            } finally {
                replaying = false;
            }
        }

        @Override
        public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
            if (source == null) {
                return RepeatStatus.FINISHED;
            }
            tally = Tally.empty(scope.organisations().size(), months);
            found = new ArrayList<>();
            found.addAll(source.fileProblems);
            source.fileProblems.clear();
            // The export is read (scanned, its fields decoded) on a thread of its own while this one checks and
            // counts the rows read before: the two halves of the work on the two cores, batch by batch.
            BlockingQueue<List<Row>> batches = new ArrayBlockingQueue<>(8);
            Future<Boolean> reading = reader.submit(() -> readChunk(batches));
            int read = 0;
            boolean consumed = false;
            try {
                while (true) {
                    List<Row> batch = batches.poll(50, TimeUnit.MILLISECONDS);
                    if (batch == null) {
                        if (reading.isDone() && batches.isEmpty()) {
                            break; // the reader failed: get() below says why
                        }
                        continue;
                    }
                    if (batch.isEmpty()) {
                        break;
                    }
                    for (Row row : batch) {
                        process(row);
                    }
                    read += batch.size();
                }
                consumed = true;
            } finally {
                if (!consumed) {
                    reading.cancel(true); // this thread failed: stop the reader too
                }
            }
            boolean more;
            try {
                more = reading.get();
            } catch (java.util.concurrent.CancellationException e) {
                throw new IllegalStateException("reading " + file + " stopped", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception x ? x : new IllegalStateException(e.getCause());
            }
            found.addAll(source.fileProblems);
            source.fileProblems.clear();
            context.putLong(READ, context.getLong(READ, 0L) + read);
            if (!more) {
                finish();
            }
            counts.add(build.buildId(), scope, tally);
            problems.record(build.buildId(), NAME, found);
            context.putLong(POSITION, source.position());
            context.putLong(LINE, source.positionLine());
            for (int i = 0; i < read; i++) {
                contribution.incrementReadCount();
            }
            return more ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
        }

        /** Reads one chunk of rows into batches, then an empty batch; whether the file has more. */
        private boolean readChunk(BlockingQueue<List<Row>> batches) throws IOException, InterruptedException {
            int read = 0;
            boolean more = true;
            List<Row> batch = new ArrayList<>(BATCH);
            while (read < CHUNK && (more = source.next())) {
                read++;
                batch.add(Row.of(source));
                if (batch.size() == BATCH) {
                    batches.put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                batches.put(batch);
            }
            batches.put(List.of());
            return more;
        }

        /** At the end of the file: the tickets outside the report's months in one warning, and the problems not listed. */
        private void finish() {
            long before = context.getLong(BEFORE, 0L);
            long after = context.getLong(AFTER, 0L);
            if (before + after > 0) {
                List<String> parts = new ArrayList<>();
                if (before > 0) {
                    parts.add(String.format("%,d logged before %s", before, UkDates.MONTH_YEAR.format(scope.from())));
                }
                if (after > 0) {
                    parts.add(String.format("%,d logged after %s", after, UkDates.MONTH_YEAR.format(scope.to())));
                }
                found.add(Problem.in(file).field(columns.header(TicketField.LOGGED))
                        .warning(String.join(" and ", parts) + ", outside the report's months (" + scope.from() + " to "
                                + scope.to() + "): not counted as calls logged"
                                + (before > 0 ? "; those logged before still count towards the SLA of the month they were resolved in and the open calls at each month end" : "")));
            }
            for (Map.Entry<String, Object> e : context.entrySet()) {
                if (e.getKey().startsWith(SHOWN) && ((Number) e.getValue()).longValue() > SHOWN_PER_FIELD) {
                    long more = ((Number) e.getValue()).longValue() - SHOWN_PER_FIELD;
                    found.add(Problem.in(file).field(e.getKey().substring(SHOWN.length()))
                            .error(String.format("and %,d more rows with a problem in this column (the first %d are listed)", more, SHOWN_PER_FIELD)));
                }
            }
        }

        private void process(Row r) {
            current = r;
            if (r.problem() != null) {
                reject(List.of(r.problem()));
                return;
            }
            String[] v = r.values();
            List<Problem> row = null;
            String id = v[TicketField.ID.ordinal()];
            if (id.isEmpty()) {
                row = add(row, error(TicketField.ID, id, "required and must not be empty"));
            } else if (id.length() > FieldRules.MAX_NAME) {
                row = add(row, error(TicketField.ID, id, "a ticket id holds at most " + FieldRules.MAX_NAME + " characters"));
            }
            String orgWord = v[TicketField.ORGANISATION.ordinal()];
            // An export has a handful of distinct words per column: each is looked up once.
            Integer org = orgByWord.computeIfAbsent(orgWord, w -> orgIndex.getOrDefault(columns.organisation(w), -1));
            if (org < 0) {
                org = null;
            }
            if (org == null) {
                row = add(row, error(TicketField.ORGANISATION, orgWord, "must be one of the meeting's organisations "
                        + scope.organisations() + " (or a word of the export for one, in reports.performance-pack.tickets.values.organisation)"));
            }
            String typeWord = v[TicketField.TYPE.ordinal()];
            Boolean incident = typeByWord.computeIfAbsent(typeWord, w -> Optional.ofNullable(columns.isIncident(w))).orElse(null);
            TicketKind kind = null;
            if (incident == null) {
                row = add(row, error(TicketField.TYPE, typeWord, "must be incident or service request (the export's own words for them go in "
                        + "reports.performance-pack.tickets.values.type, for example \"Requested Item\": \"service request\")"));
            } else if (incident) {
                String priorityWord = v[TicketField.PRIORITY.ordinal()];
                kind = priorityByWord.computeIfAbsent(priorityWord, w -> Optional.ofNullable(columns.kind("incident", w))).orElse(null);
                if (kind == null) {
                    row = add(row, error(TicketField.PRIORITY, priorityWord, "an incident's priority must be P1, P2 or P3 (also written 1, "
                            + "\"Priority 1\" or \"1 - Critical\"; other words go in reports.performance-pack.tickets.values.priority)"));
                }
            } else {
                kind = TicketKind.SERVICE_REQUEST;
            }
            String loggedText = v[TicketField.LOGGED.ordinal()];
            long logged = 0;
            int loggedMonth = 0;
            if (loggedText.isEmpty()) {
                row = add(row, error(TicketField.LOGGED, loggedText, "required: when the ticket was logged; " + TicketTimes.RULE));
            } else if (!times.parse(loggedText)) {
                row = add(row, error(TicketField.LOGGED, loggedText, TicketTimes.RULE));
            } else {
                logged = times.instant;
                loggedMonth = times.month;
            }
            String resolvedText = v[TicketField.RESOLVED.ordinal()];
            boolean resolved = !resolvedText.isEmpty();
            int resolvedMonth = Integer.MAX_VALUE;
            boolean met = false;
            if (resolved) {
                if (!times.parse(resolvedText)) {
                    row = add(row, error(TicketField.RESOLVED, resolvedText, TicketTimes.RULE + " (empty while the ticket is open)"));
                } else {
                    long at = times.instant;
                    resolvedMonth = times.month;
                    if (!loggedText.isEmpty() && logged != 0 && at < logged) {
                        row = add(row, error(TicketField.RESOLVED, resolvedText, "is before the ticket was logged (" + loggedText
                                + "): a ticket is resolved after it is logged"));
                    }
                    String flag = v[TicketField.SLA_MET.ordinal()];
                    String due = v[TicketField.SLA_DUE.ordinal()];
                    if (flag != null && (!flag.isEmpty() || due == null || due.isEmpty())) {
                        Boolean f = columns.slaMet(flag);
                        if (f == null) {
                            row = add(row, error(TicketField.SLA_MET, flag, "a resolved ticket's SLA verdict must be true (met) or false "
                                    + "(missed), also yes/no, 1/0, met/breached; other words go in reports.performance-pack.tickets.values.sla_met"));
                        } else {
                            met = f;
                        }
                    } else if (due == null || due.isEmpty()) {
                        row = add(row, error(TicketField.SLA_DUE, "", "a resolved ticket needs the date-time its SLA was due: " + TicketTimes.RULE));
                    } else if (!times.parse(due)) {
                        row = add(row, error(TicketField.SLA_DUE, due, TicketTimes.RULE));
                    } else {
                        met = at <= times.instant;
                    }
                }
            }
            if (row != null) {
                reject(row);
                return;
            }
            if (!ids.add(id)) {
                reject(List.of(error(TicketField.ID, id, "the same ticket id appears more than once (again on this line); each ticket must appear once")));
                return;
            }
            count(org, kind.ordinal(), loggedMonth - fromMonth, resolved ? resolvedMonth - fromMonth : Integer.MAX_VALUE, met);
        }

        private void count(int org, int kind, int logged, int resolved, boolean met) {
            if (logged >= months) {
                outside(AFTER);
                return;
            }
            if (logged < 0) {
                outside(BEFORE);
            } else {
                tally[Tally.index(org, kind, logged, months)]++;
            }
            if (resolved >= 0 && resolved < months) {
                int at = Tally.index(org, kind, resolved, months);
                tally[at + 1]++;
                if (met) {
                    tally[at + 2]++;
                }
            }
            int last = Math.min(resolved - 1, months - 1);
            for (int m = Math.max(logged, 0); m <= last; m++) {
                tally[Tally.index(org, kind, m, months) + 3]++;
            }
        }

        private void outside(String key) {
            if (!replaying) {
                context.putLong(key, context.getLong(key, 0L) + 1);
            }
        }

        private Problem error(TicketField field, String value, String rule) {
            String header = columns.header(field);
            return Problem.in(file).line(current.line() > 0 ? current.line() : null)
                    .at(current.pointer() == null ? null : current.pointer() + "." + header).field(header).value(value).error(rule);
        }

        private List<Problem> add(List<Problem> row, Problem p) {
            List<Problem> list = row == null ? new ArrayList<>(2) : row;
            list.add(p);
            return list;
        }

        private void reject(List<Problem> row) {
            if (replaying) {
                return;
            }
            context.putLong(REJECTED, context.getLong(REJECTED, 0L) + 1);
            for (Problem p : row) {
                String key = SHOWN + (p.field() == null ? "(row)" : p.field());
                long n = context.getLong(key, 0L) + 1;
                context.putLong(key, n);
                if (n <= SHOWN_PER_FIELD) {
                    found.add(p);
                }
            }
        }

        @Override
        public String summary(StepExecution step) {
            String name = build.datasetFile(NAME).orElse(null);
            ExecutionContext ctx = step.getExecutionContext();
            return name == null ? "no tickets file"
                    : name + ": " + StepSummary.rowsRead(ctx.getLong(READ, 0L), ctx.getLong(REJECTED, 0L));
        }

        @Override
        public void update(ExecutionContext ctx) {
        }

        @Override
        public void close() {
            if (reader != null) {
                reader.shutdownNow();
                reader = null;
            }
            if (source != null) {
                try {
                    source.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                source = null;
            }
        }
    }
}
