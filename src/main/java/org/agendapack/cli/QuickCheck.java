package org.agendapack.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.agendapack.settings.AgendapackProperties;
import org.agendapack.archive.ApplicationVersion;
import org.agendapack.deadline.BankHolidays;
import org.agendapack.deadline.DeadlineNotice;
import org.agendapack.history.JobHistory;
import org.agendapack.job.BuildFingerprint;
import org.agendapack.job.BuildRunner;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.meeting.MeetingLoader;
import org.agendapack.profile.Profiles;
import org.agendapack.publish.PublishedSets;
import org.agendapack.run.BuildOptions;
import org.agendapack.run.JobDatabase;
import org.agendapack.run.SharedJobDatabase;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.StandardEnvironment;

/**
 * "Already built, nothing changed" without the application's context: the settings read as Spring Boot reads
 * them (application.yml, config/application.yml, environment), the fingerprint, and the meeting's job
 * repository opened directly. Starting the context takes most of a second-long run; this takes a fraction.
 * Anything else (not built, a failed build to restart, a database that cannot be read) is left to the full
 * build, which decides again with the same rule ({@link BuildRunner#alreadyBuilt}).
 */
final class QuickCheck {

    private QuickCheck() {
    }

    /** The deadline line and the "already built" message when these inputs were built, else empty. */
    static Optional<String[]> alreadyBuilt(Path folderPath, BuildOptions options, Path output) {
        String meetingId = new MeetingFolder(folderPath).id();
        // A shared job repository (AGENDAPACK_JOBS_DB) is asked by the full build: only a meeting's own file is read here.
        if (options.force() || SharedJobDatabase.configured().isPresent() || !JobDatabase.exists(output, meetingId)
                || !PublishedSets.holdsPack(output, meetingId)) {
            return Optional.empty();
        }
        try {
            quietLogging();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        // The job database opens on the second core while the settings are bound and the inputs hashed (the
        // caller holds the meeting's lock; only the command line's output folder locates the database).
        CompletableFuture<JobHistory> opening = CompletableFuture.supplyAsync(() -> JobHistory.open(output, meetingId),
                QuickCheck::startThread);
        try {
            AgendapackProperties properties = properties(output);
            MeetingFolder folder = new MeetingFolder(folderPath);
            // The profile files are listed, not loaded: no Markdown needed.
            String fingerprint = new BuildFingerprint(properties, new Profiles(properties, null),
                    new ApplicationVersion()).of(folder);
            if (!opening.join().alreadyBuilt(folder, fingerprint, options)) {
                return Optional.empty();
            }
            // Built from these very bytes, meeting.json was checked then: only its date is read.
            Optional<LocalDate> date = MeetingLoader.date(folder);
            String deadline = date.isPresent()
                    ? new DeadlineNotice(BankHolidays.read(properties.bankHolidays()), Clock.system(DeadlineNotice.UK))
                            .describe(date.get())
                    : "Publication deadline unknown: meeting.json gives no valid meeting date (see below)";
            return Optional.of(new String[] { deadline, "Already built, nothing changed (inputs "
                    + fingerprint.substring(0, 8) + "); use --force to build again" });
        } catch (RuntimeException e) {
            return Optional.empty(); // the full build says what is wrong
        } finally {
            // Not left open when the settings or the inputs could not be read (the full build opens it again).
            opening.thenAccept(JobHistory::close).exceptionally(e -> null).join();
        }
    }

    private static void startThread(Runnable runnable) {
        Thread thread = new Thread(runnable, "job-history");
        thread.setDaemon(true);
        thread.start();
    }

    /** agendapack.* as the application would bind them, with the command line's output folder. */
    private static AgendapackProperties properties(Path output) {
        StandardEnvironment environment = new StandardEnvironment();
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        AgendapackProperties p = Binder.get(environment).bind("agendapack", AgendapackProperties.class)
                .orElseGet(() -> new AgendapackProperties(null, null, null, null, null, null));
        return new AgendapackProperties(output, p.templates(), p.bankHolidays(), p.schedule(), p.input(), p.profiles());
    }

    /** No context configures logging here: without this the logging library's default prints debug lines. */
    private static void quietLogging() {
        LoggingSystem logging = LoggingSystem.get(QuickCheck.class.getClassLoader());
        logging.beforeInitialize();
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.OFF);
    }
}
