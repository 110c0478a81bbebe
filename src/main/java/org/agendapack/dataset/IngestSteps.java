package org.agendapack.dataset;

import java.util.ArrayList;
import java.util.List;

import org.agendapack.build.BuildContext;
import org.agendapack.build.BuildContexts;
import org.agendapack.build.ConsoleProgress;
import org.agendapack.build.StepSummary;
import org.springframework.batch.core.ExitStatus;
import org.agendapack.problem.Problem;
import org.agendapack.problem.ProblemLog;
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
    public static final String REJECTED = "rejected";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final BuildContexts contexts;
    private final ProblemLog problems;
    private final ConsoleProgress progress;

    public IngestSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            BuildContexts contexts, ProblemLog problems, ConsoleProgress progress) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.contexts = contexts;
        this.problems = problems;
        this.progress = progress;
    }

    /** A reader of the dataset's file in the build's meeting folder (nothing to read if there is none). */
    public SourceRecordReader reader(StepExecution step, DatasetFormat format) {
        BuildContext build = contexts.of(step);
        var path = build.folder().dataset(format.name()).orElse(null);
        return new SourceRecordReader(path, path == null ? null : build.folder().relative(path), format);
    }

    public <T> Step step(String name, SourceRecordReader reader, Dataset<T> dataset) {
        return new StepBuilder(name, jobRepository)
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
                : dataset.check(record, contexts.current());
    }

    private <T> ItemWriter<Checked<T>> writer(Dataset<T> dataset) {
        return (Chunk<? extends Checked<T>> chunk) -> {
            StepExecution step = StepSynchronizationManager.getContext().getStepExecution();
            long buildId = contexts.of(step).buildId();
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
            dataset.stage(buildId, rows);
            problems.record(buildId, dataset.format().name(), found);
            var ctx = step.getExecutionContext();
            ctx.putLong(REJECTED, ctx.getLong(REJECTED, 0L) + rejected);
        };
    }

    /**
     * A step starting afresh (not resuming mid-file) first removes whatever an earlier attempt staged; at the
     * end it sums up what it read. (Registered after the console listener: afterStep runs in reverse order.)
     */
    private StepExecutionListener stagingListener(Dataset<?> dataset, String readCountKey) {
        return new StepExecutionListener() {
            @Override
            public ExitStatus afterStep(StepExecution step) {
                String file = contexts.of(step).datasetFile(dataset.format().name()).orElse(null);
                StepSummary.put(step, file == null ? "no " + dataset.format().name() + " file"
                        : file + ": " + step.getReadCount() + " rows read, "
                                + step.getExecutionContext().getLong(REJECTED, 0L) + " rejected");
                return null;
            }

            @Override
            public void beforeStep(StepExecution step) {
                if (!step.getExecutionContext().containsKey(readCountKey)) {
                    long buildId = contexts.of(step).buildId();
                    dataset.clear(buildId);
                    problems.clear(buildId, dataset.format().name());
                }
            }
        };
    }
}
