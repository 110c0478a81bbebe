package org.agendapack.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.agendapack.deadline.DeadlineNotice;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.problem.Problem;
import org.agendapack.problem.ProblemLog;
import org.agendapack.profile.Profiles;
import org.agendapack.run.BuildContext;
import org.agendapack.run.BuildHost;
import org.agendapack.run.BuildParameters;
import org.agendapack.run.BuildResult;
import org.agendapack.run.StepSummary;
import org.agendapack.settings.AgendapackProperties;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Keeps every published build: the outputs and the inputs they were built from, with manifest.json, in
 * output/archive/&lt;meeting&gt;/&lt;UTC timestamp&gt;-&lt;fingerprint 8&gt;/. The folder is assembled under a hidden name
 * and renamed into place, so an archive folder is always complete; its files are made read-only. Nothing
 * here ever changes or deletes an archived folder.
 */
@Component
public class ArchivePackTasklet implements Tasklet {

    static final String INPUTS = "inputs";
    static final String PROFILE = "profile";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final BuildContext build;
    private final AgendapackProperties properties;
    private final ProblemLog problems;
    private final DeadlineNotice deadline;
    private final ApplicationVersion version;
    private final Profiles profiles;
    private final JobRepository jobs;

    public ArchivePackTasklet(BuildContext build, AgendapackProperties properties, ProblemLog problems,
            DeadlineNotice deadline, ApplicationVersion version, Profiles profiles, JobRepository jobs) {
        this.profiles = profiles;
        this.jobs = jobs;
        this.build = build;
        this.properties = properties;
        this.problems = problems;
        this.deadline = deadline;
        this.version = version;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        var step = chunk.getStepContext().getStepExecution();
        JobExecution job = step.getJobExecution();
        Path meetingArchive = properties.output().resolve(ArchiveFolders.FOLDER).resolve(build.meetingId());
        Files.createDirectories(meetingArchive);

        // A build killed after archiving but before recording it finds its archive on restart.
        Optional<Path> done = ArchiveFolders.findBuild(meetingArchive, build.buildId(), build.fingerprint());
        Path folder = done.isPresent() ? done.get() : archive(build, job, meetingArchive);
        String relative = ArchiveFolders.relative(properties.output(), folder);
        BuildResult.archive(job, relative);
        StepSummary.put(step, relative);
        return RepeatStatus.FINISHED;
    }

    private Path archive(BuildContext build, JobExecution job, Path meetingArchive) throws IOException {
        Path partial = meetingArchive.resolve(".partial-" + job.getId());
        FileSystemUtils.deleteRecursively(partial);
        Files.createDirectories(partial);

        List<Manifest.Entry> outputs = new ArrayList<>();
        for (String name : BuildResult.of(job).outputs()) {
            outputs.add(copy(build.outputDir().resolve(name), partial, name));
        }
        List<Manifest.Entry> inputs = new ArrayList<>();
        MeetingFolder meeting = build.folder();
        for (Path file : meeting.files()) {
            inputs.add(copy(file, partial, INPUTS + "/" + meeting.relative(file)));
        }
        // The council profile's wording is as much an input of the pack as the meeting folder.
        String profile = build.meeting().profile();
        for (Path file : profiles.councilFiles(profile)) {
            inputs.add(copy(file, partial, PROFILE + "/" + profile + "/"
                    + profiles.folder(profile).relativize(file).toString().replace('\\', '/')));
        }
        Instant finished = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<String> warnings = problems.all(build.buildId()).stream().filter(p -> !p.isError()).map(Problem::describe).toList();
        Manifest manifest = new Manifest(Manifest.FORMAT, build.meetingId(), build.meeting().committee(),
                build.meeting().date().toString(), build.fingerprint(), version.describe(), build.buildId(), job.getId(),
                instant(job.getStartTime()), finished.toString(), deadlineOf(build), warnings, inputs, outputs,
                BuildHost.name(), job.getJobParameters().getString(BuildParameters.STARTED_BY),
                BuildResult.of(job).late(), attempts(job));
        ArchiveFolders.writeManifest(partial.resolve(Manifest.FILE), manifest);
        ArchiveFolders.makeReadOnly(partial);

        String name = STAMP.format(finished) + "-" + build.fingerprint().substring(0, 8);
        Path target = meetingArchive.resolve(name);
        for (int n = 2; Files.exists(target); n++) {
            target = meetingArchive.resolve(name + "-" + n);
        }
        Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** The runs of this build before the one archiving it: a restarted build's failures stay in its history. */
    private List<Manifest.Attempt> attempts(JobExecution job) {
        return jobs.getJobExecutions(job.getJobInstance()).stream().filter(e -> e.getId() != job.getId())
                .sorted(Comparator.comparingLong(JobExecution::getId))
                .map(e -> new Manifest.Attempt(e.getId(), e.getStatus().name(), instant(e.getStartTime()),
                        instant(e.getEndTime()), BuildResult.reason(e),
                        e.getJobParameters().getString(BuildParameters.STARTED_BY)))
                .toList();
    }

    private static String instant(LocalDateTime time) {
        return time == null ? null
                : time.atZone(ZoneId.systemDefault()).toInstant().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private String deadlineOf(BuildContext build) {
        try {
            return deadline.deadline(build.meeting().date()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Manifest.Entry copy(Path source, Path folder, String relative) throws IOException {
        Path target = folder.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.copy(source, target, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        return new Manifest.Entry(relative, Files.size(target), MeetingFolder.sha256(target));
    }
}
