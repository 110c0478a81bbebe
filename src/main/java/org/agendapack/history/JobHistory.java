package org.agendapack.history;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.agendapack.archive.ArchiveFolders;
import org.agendapack.archive.Manifest;
import org.agendapack.job.BuildJobConfiguration;
import org.agendapack.job.BuildRunner;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.run.BuildOptions;
import org.agendapack.run.BuildParameters;
import org.agendapack.run.BuildResult;
import org.agendapack.run.JobDatabase;
import org.agendapack.run.SharedJobDatabase;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The builds of one meeting, read from its job database without starting the application: quick enough to
 * list every meeting's history, or to check before a scheduled build whether the inputs changed.
 */
public final class JobHistory implements AutoCloseable {

    private final SingleConnectionDataSource dataSource;
    private final JobRepository repository;
    private final String meetingId;
    private final Path output;

    /**
     * One build (job execution) as {@code agendapack runs} lists it.
     *
     * @param failure why a build that did not complete failed, in the console's words
     * @param late the late-publication warning of a build published after its deadline, else null
     * @param startedBy who started it (a web console user, "scheduler"); null for the command line
     */
    public record Run(long id, String meeting, BatchStatus status, LocalDateTime started, Duration duration, int warnings,
            List<String> outputs, String archive, String inputs, String failure, String late, String startedBy) {
    }

    /** Builds of any meetings newest first by when they started; a build whose start is unknown last. */
    public static final Comparator<Run> NEWEST_FIRST = Comparator.comparing(Run::started,
            Comparator.nullsLast(Comparator.reverseOrder()));

    private JobHistory(Path output, String meetingId, SingleConnectionDataSource dataSource, JobRepository repository) {
        this.output = output;
        this.meetingId = meetingId;
        this.dataSource = dataSource;
        this.repository = repository;
    }

    /**
     * Opens the meeting's history: its own job database (which fails, SQLException inside, while a build of the
     * meeting holds it), or the shared job repository when one is configured ({@link SharedJobDatabase}).
     */
    public static JobHistory open(Path output, String meetingId) {
        Optional<SharedJobDatabase> shared = SharedJobDatabase.configured();
        SingleConnectionDataSource ds = shared.map(SharedJobDatabase::connection)
                .orElseGet(() -> new SingleConnectionDataSource(JobDatabase.url(output, meetingId), "SA", "", true));
        try {
            return new JobHistory(output, meetingId, ds, repository(ds));
        } catch (Exception e) {
            ds.destroy();
            throw new IllegalStateException("Cannot open the build history of " + meetingId + ": " + rootMessage(e), e);
        }
    }

    /** The meetings that have a build history, sorted. */
    public static List<String> meetings(Path output) {
        Optional<SharedJobDatabase> shared = SharedJobDatabase.configured();
        if (shared.isEmpty()) {
            return JobDatabase.meetings(output);
        }
        JdbcTemplate jdbc = new JdbcTemplate(shared.get().dataSource());
        try {
            return jdbc.queryForList("SELECT DISTINCT parameter_value FROM batch_job_execution_params "
                    + "WHERE parameter_name = ? ORDER BY parameter_value", String.class, BuildParameters.MEETING);
        } catch (BadSqlGrammarException e) {
            return List.of(); // no build has created the tables yet
        }
    }

    public static boolean exists(Path output, String meetingId) {
        return SharedJobDatabase.configured().isPresent() ? meetings(output).contains(meetingId)
                : JobDatabase.exists(output, meetingId);
    }

    static JobRepository repository(javax.sql.DataSource ds) throws Exception {
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(ds);
        factory.setTransactionManager(new JdbcTransactionManager(ds));
        factory.afterPropertiesSet();
        return factory.getObject();
    }

    /**
     * Every build of the meeting, newest first: those in the job repository (a shared one holds every meeting's:
     * this one's only) and the completed builds whose records live in their archive folders alone
     * ({@code job/ArchivedBuildPurge}).
     */
    public List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances(BuildJobConfiguration.JOB, 0, Integer.MAX_VALUE)) {
            for (JobExecution e : repository.getJobExecutions(instance)) {
                if (meetingId.equals(e.getJobParameters().getString(BuildParameters.MEETING))) {
                    runs.add(run(e));
                }
            }
        }
        Set<String> recorded = runs.stream().map(Run::archive).filter(Objects::nonNull).collect(Collectors.toSet());
        for (Path folder : ArchiveFolders.of(output.resolve(ArchiveFolders.FOLDER).resolve(meetingId))) {
            if (!recorded.contains(ArchiveFolders.relative(output, folder))) {
                runs.addAll(archived(folder));
            }
        }
        runs.sort(Comparator.comparingLong(Run::id).reversed());
        return runs;
    }

    /** A completed build as its archive folder's manifest records it, and its earlier runs that did not complete. */
    private List<Run> archived(Path folder) {
        String relative = ArchiveFolders.relative(output, folder);
        Manifest m;
        try {
            m = ArchiveFolders.readManifest(folder.resolve(Manifest.FILE));
        } catch (IllegalArgumentException e) {
            return List.of(new Run(-1, meetingId, BatchStatus.UNKNOWN, null, null, 0, List.of(), relative, null,
                    "Its manifest.json cannot be read: check it with agendapack verify", null, null));
        }
        List<Run> runs = new ArrayList<>();
        runs.add(new Run(m.jobExecutionId(), meetingId, BatchStatus.COMPLETED, localTime(m.started()),
                duration(m.started(), m.finished()), m.warnings() == null ? 0 : m.warnings().size(),
                m.outputs() == null ? List.of() : m.outputs().stream().map(Manifest.Entry::path).toList(),
                relative, m.inputsFingerprint(), null, m.late(), m.startedBy()));
        for (Manifest.Attempt a : m.attempts() == null ? List.<Manifest.Attempt>of() : m.attempts()) {
            runs.add(new Run(a.jobExecutionId(), meetingId, status(a.status()), localTime(a.started()),
                    duration(a.started(), a.ended()), 0, List.of(), null, m.inputsFingerprint(), a.failure(), null,
                    a.startedBy()));
        }
        return runs;
    }

    private static LocalDateTime localTime(String instant) {
        Instant time = instant(instant);
        return time == null ? null : LocalDateTime.ofInstant(time, ZoneId.systemDefault());
    }

    private static Duration duration(String from, String to) {
        Instant start = instant(from);
        Instant end = instant(to);
        return start == null || end == null ? null : Duration.between(start, end);
    }

    /** A time as a manifest records it; null if it does not (a hand-edited manifest is listed all the same). */
    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BatchStatus status(String name) {
        try {
            return BatchStatus.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return BatchStatus.UNKNOWN;
        }
    }

    /** Whether these inputs and options were built, by the rule a build itself applies ({@link BuildRunner#alreadyBuilt}). */
    public boolean alreadyBuilt(MeetingFolder folder, String fingerprint, BuildOptions options) {
        return BuildRunner.alreadyBuilt(repository, folder, fingerprint, options);
    }

    /** The inputs fingerprint of the newest completed build, if any. */
    public Optional<String> lastBuiltInputs() {
        return runs().stream().filter(r -> r.status() == BatchStatus.COMPLETED).map(Run::inputs).findFirst();
    }

    private Run run(JobExecution e) {
        return run(meetingId, e);
    }

    /** A build as {@code agendapack runs} lists it, from a job execution read by any repository of the meeting. */
    public static Run run(String meetingId, JobExecution e) {
        BuildResult result = BuildResult.of(e);
        Duration duration = e.getStartTime() == null || e.getEndTime() == null ? null
                : Duration.between(e.getStartTime(), e.getEndTime());
        String failure = BuildResult.reason(e);
        return new Run(e.getId(), meetingId, e.getStatus(), e.getStartTime(), duration,
                (int) result.warnings(), result.outputs(), result.archive(),
                e.getJobParameters().getString(BuildParameters.INPUTS), failure, result.late(),
                e.getJobParameters().getString(BuildParameters.STARTED_BY));
    }

    @Override
    public void close() {
        dataSource.destroy();
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && !(root instanceof SQLException)) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
