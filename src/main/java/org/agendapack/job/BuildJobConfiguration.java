package org.agendapack.job;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agendapack.archive.ArchivePackTasklet;
import org.agendapack.dataset.Dataset;
import org.agendapack.dataset.Feature;
import org.agendapack.dataset.IngestSteps;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.pack.AssemblePackTasklet;
import org.agendapack.pack.RenderPapersTasklet;
import org.agendapack.publish.PublishTasklet;
import org.agendapack.run.BuildContext;
import org.agendapack.run.BuildParameters;
import org.agendapack.run.ConsoleProgress;
import org.agendapack.run.Rejection;
import org.agendapack.settings.AgendapackProperties;
import org.agendapack.source.SourceRecordReader;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The build job, one pipeline per meeting: load the meeting, ingest each dataset the meeting supplies
 * (restartable chunk steps, one per dataset the features declare), validate across rows, aggregate in SQL,
 * render the papers, assemble the pack, publish it, archive it. The check job ({@code agendapack validate}) is
 * the same first steps alone. A step that rejects the input ({@link Rejection}) ends the job there as failed.
 */
@Configuration
public class BuildJobConfiguration {

    public static final String JOB = "buildPack";
    public static final String CHECK_JOB = "checkInputs";

    private static final String SUPPLIED = "SUPPLIED";
    private static final String NOT_SUPPLIED = "NOT_SUPPLIED";

    @Bean
    public Job buildPack(JobRepository jobRepository, Step loadMeeting, Flow ingestDatasets, Step validateInputs,
            Step aggregateReports, Step renderPapers, Step assemblePack, Step publishPack, Step archivePack,
            WorkFolderCleanup cleanup, StagingPurge purge, ArchivedBuildPurge archived) {
        return new JobBuilder(JOB, jobRepository).listener(cleanup).listener(purge).listener(archived)
                .start(loadMeeting).on(Rejection.EXIT_CODE).fail()
                .from(loadMeeting).on(Rejection.CHECK_DATASETS_EXIT_CODE).to(ingestDatasets)
                .from(loadMeeting).on(ExitStatus.COMPLETED.getExitCode()).to(ingestDatasets)
                .next(validateInputs).on(Rejection.EXIT_CODE).fail()
                .from(validateInputs).on(ExitStatus.COMPLETED.getExitCode()).to(aggregateReports)
                .next(renderPapers)
                .next(assemblePack)
                .next(publishPack)
                .next(archivePack)
                .end()
                .build();
    }

    @Bean
    public Job checkInputs(JobRepository jobRepository, Step loadMeeting, Flow ingestDatasets, Step validateInputs,
            WorkFolderCleanup cleanup) {
        return new JobBuilder(CHECK_JOB, jobRepository).listener(cleanup)
                .start(loadMeeting).on(Rejection.EXIT_CODE).fail()
                .from(loadMeeting).on(Rejection.CHECK_DATASETS_EXIT_CODE).to(ingestDatasets)
                .from(loadMeeting).on(ExitStatus.COMPLETED.getExitCode()).to(ingestDatasets)
                .next(validateInputs).on(Rejection.EXIT_CODE).fail()
                .from(validateInputs).on(ExitStatus.COMPLETED.getExitCode()).end()
                .end()
                .build();
    }

    /** What every step of one build works with, made once per job execution from its parameters. */
    @Bean
    @JobScope
    public BuildContext buildContext(@Value("#{jobExecution}") JobExecution job, MeetingChecks meetings,
            AgendapackProperties properties) {
        var params = job.getJobParameters();
        MeetingFolder folder = new MeetingFolder(Path.of(params.getString(BuildParameters.FOLDER)));
        long buildId = job.getJobInstance().getInstanceId();
        MeetingChecks.Loaded loaded = meetings.loadWithProfile(folder);
        return new BuildContext(buildId, loaded.meeting(), folder, params.getString(BuildParameters.INPUTS),
                BuildParameters.options(params), properties.work(folder.id(), buildId),
                properties.output().resolve(folder.id()), loaded.profile());
    }

    @Bean
    public Step loadMeeting(Steps steps, LoadMeetingTasklet tasklet) {
        return steps.tasklet("loadMeeting", tasklet);
    }

    /** One ingest step per dataset the features declare, each run only when the meeting supplies its file. */
    @Bean
    public Flow ingestDatasets(List<Feature> features, IngestSteps ingest, SourceRecordReader datasetReader) {
        // Row-by-row datasets and streamed ones (counted as they are read), in the order of their names.
        Map<String, Flow> byName = new java.util.TreeMap<>();
        datasets(features).values().forEach(d -> byName.put(d.format().name(), ingestIfSupplied(d.format().name(), ingest.step(d, datasetReader))));
        features.stream().flatMap(f -> f.streamedDatasets().stream())
                .forEach(d -> byName.putIfAbsent(d.format().name(), ingestIfSupplied(d.format().name(), ingest.step(d))));
        List<Flow> each = List.copyOf(byName.values());
        FlowBuilder<Flow> flow = new FlowBuilder<Flow>("ingestDatasets").start(each.get(0));
        each.stream().skip(1).forEach(flow::next);
        return flow.build();
    }

    /**
     * The reader of the dataset an ingest step is named for, over the file in the build's meeting folder. (One
     * expression, the step execution itself: each evaluated property cost the step a millisecond or two cold.)
     */
    @Bean
    @StepScope
    public SourceRecordReader datasetReader(@Value("#{stepExecution}") StepExecution step, List<Feature> features) {
        String folder = step.getJobExecution().getJobParameters().getString(BuildParameters.FOLDER);
        return IngestSteps.reader(new MeetingFolder(Path.of(folder)), datasets(features).get(step.getStepName()));
    }

    @Bean
    public Step validateInputs(Steps steps, ValidateInputsTasklet tasklet) {
        return steps.tasklet("validateInputs", tasklet);
    }

    @Bean
    public Step aggregateReports(Steps steps, AggregateReportsTasklet tasklet) {
        return steps.tasklet("aggregateReports", tasklet);
    }

    @Bean
    public Step renderPapers(Steps steps, RenderPapersTasklet tasklet) {
        return steps.tasklet("renderPapers", tasklet);
    }

    @Bean
    public Step assemblePack(Steps steps, AssemblePackTasklet tasklet) {
        return steps.tasklet("assemblePack", tasklet);
    }

    @Bean
    public Step publishPack(Steps steps, PublishTasklet tasklet) {
        return steps.tasklet("publishPack", tasklet);
    }

    @Bean
    public Step archivePack(Steps steps, ArchivePackTasklet tasklet) {
        return steps.tasklet("archivePack", tasklet);
    }

    /** Every dataset of every feature by its ingest step's name, in the order of their names. */
    private static Map<String, Dataset<?>> datasets(List<Feature> features) {
        Map<String, Dataset<?>> byStep = new LinkedHashMap<>();
        features.stream().flatMap(f -> f.datasets().stream())
                .sorted(Comparator.comparing(d -> d.format().name()))
                .forEach(d -> byStep.putIfAbsent(IngestSteps.stepName(d), d));
        if (byStep.isEmpty()) {
            throw new IllegalStateException("No feature declares a dataset");
        }
        return byStep;
    }

    private static Flow ingestIfSupplied(String name, Step ingest) {
        JobExecutionDecider supplied = (job, step) -> new FlowExecutionStatus(
                new MeetingFolder(Path.of(job.getJobParameters().getString(BuildParameters.FOLDER))).dataset(name)
                        .isPresent() ? SUPPLIED : NOT_SUPPLIED);
        return new FlowBuilder<Flow>(ingest.getName() + "IfSupplied")
                .start(supplied).on(NOT_SUPPLIED).end()
                .from(supplied).on(SUPPLIED).to(ingest)
                .build();
    }

    /** Tasklet steps of the build; every step reports its progress on the console. */
    @org.springframework.stereotype.Component
    public static class Steps {
        private final JobRepository jobRepository;
        private final PlatformTransactionManager transactionManager;
        private final ConsoleProgress progress;

        public Steps(JobRepository jobRepository, PlatformTransactionManager transactionManager, ConsoleProgress progress) {
            this.jobRepository = jobRepository;
            this.transactionManager = transactionManager;
            this.progress = progress;
        }

        public Step tasklet(String name, Tasklet tasklet) {
            return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager).listener(progress).build();
        }
    }
}
