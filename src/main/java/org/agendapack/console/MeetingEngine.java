package org.agendapack.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.agendapack.AgendapackApplication;
import org.agendapack.settings.AgendapackProperties;
import org.agendapack.dataset.Feature;
import org.agendapack.history.JobHistory;
import org.agendapack.job.BuildFingerprint;
import org.agendapack.job.BuildJobConfiguration;
import org.agendapack.job.BuildOutcome;
import org.agendapack.job.BuildRunner;
import org.agendapack.job.Faults;
import org.agendapack.job.MeetingLock;
import org.agendapack.run.BuildOptions;
import org.agendapack.run.JobDatabase;
import org.agendapack.run.Rejection;
import org.agendapack.run.StepSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The batch engine under the console: the same application as the command line, one context per job.
 *
 * <p>A meeting's job repository is an HSQLDB file database that one process at a time may open. So a build runs in
 * a batch context of its own, made on demand from the application (as {@code agendapack build} makes it, with that
 * meeting's job database), while the build holds the meeting's {@link MeetingLock}, and closed as soon as the build
 * ends: between builds the console holds no meeting's database or lock, and the command line can build any meeting.
 * In the warm JVM such a context starts in a fraction of a second (classes loaded, code compiled). A validation
 * gets a context with a throwaway in-memory job database, as {@code agendapack validate} does. Builds of different
 * meetings run side by side in a pool of {@code maxParallelBuilds} threads; more wait their turn (holding their
 * meeting's lock, so the command line is told a build is pending).
 */
public final class MeetingEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MeetingEngine.class);

    private final AgendapackProperties properties;
    private final ExecutorService pool;
    private final Map<String, BuildTask> tasks = new ConcurrentHashMap<>();
    private final AtomicLong scratch = new AtomicLong();
    private final AuditLog audit;
    private volatile List<String> datasets = List.of();
    private volatile BuildFingerprint fingerprints;

    public MeetingEngine(AgendapackProperties properties, int maxParallelBuilds, AuditLog audit) {
        this.properties = properties;
        this.audit = audit;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(maxParallelBuilds, r -> {
            Thread t = new Thread(r, "console-build-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** One step of a build as the progress page shows it. */
    public record StepView(String name, String status, String summary, String seconds) {
    }

    /** A build started in the console: queued, running or finished. */
    public static final class BuildTask {
        private final String meetingId;
        private final String startedBy;
        private final Instant queued;
        private final boolean force;
        private volatile Instant started;
        private volatile Instant finished;
        private volatile ConfigurableApplicationContext context;
        private volatile List<StepView> finalSteps = List.of();
        private volatile BuildOutcome outcome;

        BuildTask(String meetingId, String startedBy, boolean force) {
            this.meetingId = meetingId;
            this.startedBy = startedBy;
            this.force = force;
            this.queued = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }

        public String meetingId() {
            return meetingId;
        }

        public String startedBy() {
            return startedBy;
        }

        public Instant queued() {
            return queued;
        }

        public boolean force() {
            return force;
        }

        public String state() {
            return finished != null ? "finished" : started != null ? "running" : "queued";
        }

        public boolean done() {
            return finished != null;
        }

        public BuildOutcome outcome() {
            return outcome;
        }

        public Duration duration() {
            return started == null ? Duration.ZERO
                    : Duration.between(started, finished == null ? Instant.now() : finished);
        }

        /** The steps so far: read from the running build's job repository, or as they ended. */
        public List<StepView> steps() {
            ConfigurableApplicationContext c = context;
            if (c != null && c.isActive()) {
                try {
                    JobRepository repository = c.getBean(JobRepository.class);
                    JobInstance last = repository.getLastJobInstance(BuildJobConfiguration.JOB);
                    if (last != null) {
                        JobExecution e = repository.getLastJobExecution(last);
                        if (e != null && e.getStatus().isRunning()) {
                            return steps(e);
                        }
                    }
                } catch (RuntimeException e) {
                    // the context is closing: the final steps follow
                }
            }
            return finalSteps;
        }

        static List<StepView> steps(JobExecution e) {
            List<StepView> steps = new ArrayList<>();
            List<StepExecution> all = new ArrayList<>(e.getStepExecutions());
            all.sort(Comparator.comparing((StepExecution s) -> s.getStartTime() == null ? LocalDateTime.MAX : s.getStartTime())
                    .thenComparingLong(StepExecution::getId));
            for (StepExecution s : all) {
                String status = s.getStatus().isRunning() ? "running"
                        : s.getStatus() == BatchStatus.COMPLETED && !Rejection.isRejected(s) ? "done" : "failed";
                double seconds = s.getStartTime() == null ? 0 : Duration.between(s.getStartTime(),
                        s.getEndTime() == null ? LocalDateTime.now() : s.getEndTime()).toMillis() / 1000.0;
                String summary = StepSummary.of(s);
                steps.add(new StepView(s.getStepName(), status, summary == null ? "" : summary,
                        String.format("%.2f s", seconds)));
            }
            return steps;
        }
    }

    /** Another build of the meeting is running or waiting: in this console, or on the command line. */
    public static final class BusyException extends RuntimeException {
        public BusyException(String message) {
            super(message);
        }
    }

    /**
     * A first batch context, made and closed at start-up: it loads and compiles the engine before anyone builds,
     * and tells which datasets the features read.
     */
    public void warmUp() {
        long start = System.nanoTime();
        try (ConfigurableApplicationContext c = open(properties.output(), "jdbc:hsqldb:mem:console-warm-up;shutdown=true")) {
            datasets = c.getBeansOfType(Feature.class).values().stream().flatMap(f -> f.datasets().stream())
                    .map(d -> d.format().name()).distinct().sorted().toList();
            fingerprints = c.getBean(BuildFingerprint.class);
        }
        LOG.info("Batch engine ready in {} ms; datasets {}", (System.nanoTime() - start) / 1_000_000, datasets);
    }

    /** The datasets a meeting may supply (kpi-months, projects, …). */
    public List<String> datasetNames() {
        if (datasets.isEmpty()) {
            warmUp();
        }
        return datasets;
    }

    /** What identifies a build (for the scheduler). */
    public BuildFingerprint fingerprints() {
        if (fingerprints == null) {
            warmUp();
        }
        return fingerprints;
    }

    /** Checks a meeting folder's inputs as {@code agendapack validate} does: nothing is written to the output folder. */
    public BuildOutcome validate(Path folder, boolean strict) {
        Path work;
        try {
            work = Files.createTempDirectory("agendapack-console-check");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ConfigurableApplicationContext c = open(work,
                "jdbc:hsqldb:mem:console-check-" + scratch.incrementAndGet() + ";shutdown=true")) {
            return c.getBean(BuildRunner.class).validate(folder, strict);
        } catch (RuntimeException e) {
            return BuildOutcome.fault("The check could not run: " + Faults.describe(e), null, e);
        } finally {
            FileSystemUtils.deleteRecursively(work.toFile());
        }
    }

    /**
     * Starts a build of the meeting: takes its lock now (refused at once when the command line, the scheduler or
     * this console is building it), then builds when a place in the pool is free.
     */
    public synchronized BuildTask build(Path folder, String meetingId, BuildOptions options, String user) {
        BuildTask current = tasks.get(meetingId);
        if (current != null && !current.done()) {
            throw new BusyException("A build of " + meetingId + " is " + (current.state().equals("queued") ? "waiting to run" : "running")
                    + ", started by " + current.startedBy() + " at " + Times.time(current.queued()) + ".");
        }
        MeetingLock lock;
        try {
            lock = MeetingLock.acquire(properties.output(), meetingId);
        } catch (MeetingLock.MeetingBusyException e) {
            throw new BusyException("A build of " + meetingId + " is running, started by the command line or the scheduler ("
                    + e.holder() + ").");
        }
        BuildTask task = new BuildTask(meetingId, user, options.force());
        tasks.put(meetingId, task);
        audit.record(user, options.force() ? "force rebuild" : "build", meetingId, "started");
        try {
            pool.submit(() -> run(task, lock, folder, options));
        } catch (RuntimeException e) {
            lock.close();
            tasks.remove(meetingId);
            throw e;
        }
        return task;
    }

    /** The same, waiting for the build to end (the scheduler inside {@code serve --schedule}). */
    public BuildOutcome buildAndWait(Path folder, String meetingId, BuildOptions options, String user) {
        BuildTask task = build(folder, meetingId, options, user);
        while (!task.done()) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while building " + meetingId, e);
            }
        }
        return task.outcome();
    }

    private void run(BuildTask task, MeetingLock lock, Path folder, BuildOptions options) {
        BuildOutcome outcome;
        try (lock) {
            task.started = Instant.now();
            try (ConfigurableApplicationContext c = openForMeeting(task.meetingId)) {
                task.context = c;
                outcome = c.getBean(BuildRunner.class).build(folder, options, task.startedBy);
                if (outcome.executionId() != null) {
                    JobExecution e = c.getBean(JobRepository.class).getJobExecution(outcome.executionId());
                    task.finalSteps = e == null ? List.of() : BuildTask.steps(e);
                }
            } finally {
                task.context = null;
            }
        } catch (RuntimeException e) {
            LOG.warn("Console build of {} could not run", task.meetingId, e);
            outcome = BuildOutcome.fault("The build could not run: " + Faults.describe(e), null, e);
        }
        task.outcome = outcome;
        task.finished = Instant.now();
        audit.record(task.startedBy, task.force ? "force rebuild" : "build", task.meetingId, outcome.message());
    }

    /** The console's latest build of the meeting (running or finished since the console started), if any. */
    public BuildTask task(String meetingId) {
        return tasks.get(meetingId);
    }

    /**
     * A meeting's builds, newest first, from its job repository; or, while the command line or the scheduler builds
     * it, {@code busy} says so (the database is theirs until they finish).
     */
    public record History(List<JobHistory.Run> runs, String busy) {
    }

    public History history(String meetingId) {
        BuildTask task = tasks.get(meetingId);
        ConfigurableApplicationContext c = task == null ? null : task.context;
        if (c != null && c.isActive()) {
            try {
                JobRepository repository = c.getBean(JobRepository.class);
                List<JobHistory.Run> runs = new ArrayList<>();
                for (JobInstance i : repository.getJobInstances(BuildJobConfiguration.JOB, 0, Integer.MAX_VALUE)) {
                    for (JobExecution e : repository.getJobExecutions(i)) {
                        runs.add(JobHistory.run(meetingId, e));
                    }
                }
                runs.sort(Comparator.comparingLong(JobHistory.Run::id).reversed());
                return new History(runs, null);
            } catch (RuntimeException e) {
                return new History(List.of(), "A build started by " + task.startedBy() + " is running; its history is shown when it ends.");
            }
        }
        if (task != null && !task.done()) {
            return new History(List.of(), "A build started by " + task.startedBy() + " is waiting to run.");
        }
        if (!JobHistory.exists(properties.output(), meetingId)) {
            return new History(List.of(), null);
        }
        try (MeetingLock lock = MeetingLock.acquire(properties.output(), meetingId);
                JobHistory history = JobHistory.open(properties.output(), meetingId)) {
            return new History(history.runs(), null);
        } catch (MeetingLock.MeetingBusyException e) {
            return new History(List.of(), "A build is running, started by the command line or the scheduler (" + e.holder()
                    + "); its history is shown when it ends.");
        } catch (RuntimeException e) {
            return new History(List.of(), "The build history cannot be read now: " + Faults.describe(e));
        }
    }

    /**
     * A build's batch context, pointed at the meeting's job repository as {@code agendapack build} points it: the
     * meeting's own database, or the shared one (AGENDAPACK_JOBS_DB) with the build's staged rows in a memory
     * database of its own.
     */
    ConfigurableApplicationContext openForMeeting(String meetingId) {
        return open(properties.output(), JobDatabase.repositoryProperties(properties.output(), meetingId,
                "console-staging-" + scratch.incrementAndGet()));
    }

    ConfigurableApplicationContext open(Path output, String url) {
        return open(output, List.of("--spring.datasource.url=" + url));
    }

    /** A batch context like a command's: the application, not a web application, with its job repository's properties. */
    ConfigurableApplicationContext open(Path output, List<String> repository) {
        SpringApplication app = new SpringApplication(AgendapackApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        app.setBannerMode(Banner.Mode.OFF);
        app.setRegisterShutdownHook(false);
        // The console's logging is set up once, by the web application: a batch context must not set it up again.
        app.setListeners(app.getListeners().stream().filter(l -> !(l instanceof LoggingApplicationListener)).toList());
        List<String> args = new ArrayList<>(List.of("--agendapack.output=" + output.toAbsolutePath(),
                "--agendapack.templates=" + properties.templates().toAbsolutePath(),
                "--agendapack.input=" + properties.input().toAbsolutePath(),
                "--agendapack.profiles=" + properties.profiles().toAbsolutePath(),
                "--agendapack.bank-holidays=" + properties.bankHolidays().toAbsolutePath()));
        args.addAll(repository);
        return app.run(args.toArray(String[]::new));
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }
}
