package org.agendapack.build;

import org.agendapack.archive.ArchivePackTasklet;
import org.agendapack.pack.AssemblePackTasklet;
import org.agendapack.pack.RenderPapersTasklet;
import org.agendapack.publish.PublishTasklet;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.FlowJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The build job, one pipeline per meeting: load the meeting, ingest each dataset (restartable chunk steps),
 * validate across rows, aggregate in SQL, render the papers, assemble the pack, publish it, archive it.
 * The check job is the same first steps alone ({@code agendapack validate}).
 */
@Configuration
public class BuildJobConfiguration {

    public static final String JOB = "buildPack";
    public static final String CHECK_JOB = "checkInputs";

    @Bean
    public Job buildPack(JobRepository jobRepository, InputSteps inputs,
            Step aggregateReports,
            Step renderPapers,
            Step assemblePack,
            Step publishPack,
            Step archivePack,
            WorkFolderCleanup cleanup) {
        return inputs.readAndValidate(new JobBuilder(JOB, jobRepository).listener(cleanup))
                .from(inputs.validateInputs()).on(ExitStatus.COMPLETED.getExitCode()).to(aggregateReports)
                .next(renderPapers)
                .next(assemblePack)
                .next(publishPack)
                .next(archivePack)
                .end()
                .build();
    }

    @Bean
    public Job checkInputs(JobRepository jobRepository, InputSteps inputs, WorkFolderCleanup cleanup) {
        return inputs.readAndValidate(new JobBuilder(CHECK_JOB, jobRepository).listener(cleanup))
                .from(inputs.validateInputs()).on(ExitStatus.COMPLETED.getExitCode()).end()
                .end()
                .build();
    }

    /**
     * The steps both jobs start with: load the meeting, ingest each dataset, validate across rows. A step that
     * rejects the input ({@link Rejection}) ends the job there as failed.
     */
    @Bean
    public InputSteps inputSteps(Step loadMeeting, Step ingestKpiMonths, Step ingestProjects, Step ingestProcurement,
            Step ingestRecommendations, Step validateInputs) {
        return new InputSteps(loadMeeting, ingestKpiMonths, ingestProjects, ingestProcurement, ingestRecommendations,
                validateInputs);
    }

    public record InputSteps(Step loadMeeting, Step ingestKpiMonths, Step ingestProjects, Step ingestProcurement,
            Step ingestRecommendations, Step validateInputs) {

        FlowBuilder<FlowJobBuilder> readAndValidate(JobBuilder job) {
            return job.start(loadMeeting)
                    .on(Rejection.EXIT_CODE).fail()
                    .from(loadMeeting).on(ExitStatus.COMPLETED.getExitCode()).to(ingestKpiMonths)
                    .next(ingestProjects)
                    .next(ingestProcurement)
                    .next(ingestRecommendations)
                    .next(validateInputs)
                    .from(validateInputs).on(Rejection.EXIT_CODE).fail();
        }
    }

    @Bean
    public Step loadMeeting(Steps steps, LoadMeetingTasklet tasklet) {
        return steps.tasklet("loadMeeting", tasklet);
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
