package org.agendapack.dataset;

import java.util.ArrayList;
import java.util.List;

import org.agendapack.meeting.MeetingFolder;
import org.agendapack.problem.Problem;
import org.agendapack.problem.ProblemLog;
import org.agendapack.run.BuildContext;
import org.agendapack.run.ConsoleProgress;
import org.agendapack.run.StepSummary;
import org.agendapack.source.Checked;
import org.agendapack.source.SourceRecord;
import org.agendapack.source.SourceRecordReader;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the ingest step of a dataset: read records (restartable), apply the field rules, stage valid rows
 * and record every problem, chunk by chunk in one transaction each.
 */
@Component
public class IngestSteps {

    /** Rows per transaction: large enough that commits (and HSQLDB log syncs) are not the cost. */
    public static final int CHUNK_SIZE = 5_000;

    /** Step context key: rows rejected by their field rules. */
    private static final String REJECTED = "rejected";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final BuildContext build;
    private final ProblemLog problems;
    private final ConsoleProgress progress;

    public IngestSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, BuildContext build,
            ProblemLog problems, ConsoleProgress progress) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.build = build;
        this.problems = problems;
        this.progress = progress;
    }

    /** The step's name: "ingestKpiMonths" for the dataset kpi-months. */
    public static String stepName(Dataset<?> dataset) {
        StringBuilder name = new StringBuilder("ingest");
        for (String word : dataset.format().name().split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    /** A reader of the dataset's file in a meeting folder (nothing to read if there is none). */
    public static SourceRecordReader reader(MeetingFolder folder, Dataset<?> dataset) {
        var path = folder.dataset(dataset.format().name()).orElse(null);
        return new SourceRecordReader(path, path == null ? null : folder.relative(path), dataset.format());
    }

    /** The dataset's ingest step, reading with {@code reader} (a step-scoped {@link #reader(MeetingFolder, Dataset)}). */
    public <T> Step step(Dataset<T> dataset, SourceRecordReader reader) {
        return new StepBuilder(stepName(dataset), jobRepository)
                .<SourceRecord, Checked<T>>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(processor(dataset))
                .writer(writer(dataset))
                .listener(progress)
                .listener(stagingListener(dataset, dataset.format().name() + "Reader.read.count"))
                .build();
    }

    private <T> ItemProcessor<SourceRecord, Checked<T>> processor(Dataset<T> dataset) {
        return record -> record.problem() != null
                ? Checked.rejected(List.of(record.problem()))
                : dataset.check(record, build);
    }

    private <T> ItemWriter<Checked<T>> writer(Dataset<T> dataset) {
        return (Chunk<? extends Checked<T>> chunk) -> {
            List<T> rows = new ArrayList<>(chunk.size());
            List<Problem> found = new ArrayList<>();
            long rejected = 0;
            for (Checked<T> c : chunk) {
                found.addAll(c.problems());
                if (c.isRejected()) {
                    rejected++;
                } else {
                    rows.add(c.row());
                }
            }
            dataset.stage(build.buildId(), rows);
            problems.record(build.buildId(), dataset.format().name(), found);
            // The count goes in the step's context, saved with the chunk: a restarted step carries it on.
            var context = StepSynchronizationManager.getContext().getStepExecution().getExecutionContext();
            context.putLong(REJECTED, context.getLong(REJECTED, 0L) + rejected);
        };
    }

    /**
     * A step starting afresh (not resuming mid-file) first removes whatever an earlier attempt staged; at the
     * end it sums up what it read. (Registered after the console listener: afterStep runs in reverse order.)
     */
    private StepExecutionListener stagingListener(Dataset<?> dataset, String readCountKey) {
        String name = dataset.format().name();
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution step) {
                if (!step.getExecutionContext().containsKey(readCountKey)) {
                    dataset.clear(build.buildId());
                    problems.clear(build.buildId(), name);
                }
            }

            @Override
            public ExitStatus afterStep(StepExecution step) {
                String file = build.datasetFile(name).orElse(null);
                StepSummary.put(step, file == null ? "no " + name + " file"
                        : file + ": " + step.getReadCount() + " rows read, "
                                + step.getExecutionContext().getLong(REJECTED, 0L) + " rejected");
                return null;
            }
        };
    }
}
