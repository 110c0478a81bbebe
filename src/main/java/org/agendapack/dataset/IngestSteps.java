package org.agendapack.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

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
        return stepName(dataset.format().name());
    }

    private static String stepName(String dataset) {
        StringBuilder name = new StringBuilder("ingest");
        for (String word : dataset.split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    /** A reader of the dataset's file in a meeting folder (nothing to read if there is none). */
    public static SourceRecordReader reader(MeetingFolder folder, Dataset<?> dataset) {
        var path = folder.dataset(dataset.format().name()).orElse(null);
        return new SourceRecordReader(path, path == null ? null : folder.relative(path), dataset.format());
    }

    /**
     * The dataset's ingest step, reading with {@code reader} (a step-scoped {@link #reader(MeetingFolder, Dataset)}).
     * An item of the step is a block of records, one block a transaction: Spring Batch's per-item bookkeeping
     * (an observation and two events) cost as much as reading, checking and staging a row.
     */
    public <T> Step step(Dataset<T> dataset, SourceRecordReader reader) {
        AtomicReference<Dataset.RecordRules<T>> rules = new AtomicReference<>();
        RecordBlocks blocks = new RecordBlocks(reader, CHUNK_SIZE);
        return new StepBuilder(stepName(dataset), jobRepository)
                .<List<SourceRecord>, List<Checked<T>>>chunk(1)
                .transactionManager(transactionManager)
                .reader(blocks)
                .processor(processor(rules))
                .writer(writer(dataset, blocks))
                .listener(progress)
                .listener(stagingListener(dataset, dataset.format().name() + "Reader.read.count", rules, blocks))
                .build();
    }

    /** The step name of a streamed dataset: "ingestTickets". */
    public static String stepName(StreamedDataset dataset) {
        return stepName(dataset.format().name());
    }

    /** A streamed dataset's ingest step: a chunk per call of its tasklet, each in one transaction. */
    public Step step(StreamedDataset dataset) {
        StreamedDataset.Ingest ingest = dataset.ingest();
        return new StepBuilder(stepName(dataset), jobRepository)
                .tasklet(ingest, transactionManager)
                .stream(ingest)
                .listener(progress)
                .listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution step) {
                        StepSummary.put(step, ingest.summary(step));
                        return null;
                    }
                })
                .build();
    }

    /** The field rules the step bound to its build when it started. */
    private static <T> ItemProcessor<List<SourceRecord>, List<Checked<T>>> processor(
            AtomicReference<Dataset.RecordRules<T>> rules) {
        return block -> {
            Dataset.RecordRules<T> check = rules.get();
            List<Checked<T>> checked = new ArrayList<>(block.size());
            for (SourceRecord record : block) {
                checked.add(record.problem() != null ? Checked.rejected(List.of(record.problem())) : check.check(record));
            }
            return checked;
        };
    }

    private <T> ItemWriter<List<Checked<T>>> writer(Dataset<T> dataset, RecordBlocks blocks) {
        return (Chunk<? extends List<Checked<T>>> chunk) -> {
            List<T> rows = new ArrayList<>();
            List<Problem> found = new ArrayList<>();
            long rejected = 0;
            long written = 0;
            for (List<Checked<T>> block : chunk) {
                for (Checked<T> c : block) {
                    found.addAll(c.problems());
                    if (c.isRejected()) {
                        rejected++;
                    } else {
                        rows.add(c.row());
                    }
                }
                written += block.size();
            }
            dataset.stage(build.buildId(), rows);
            problems.record(build.buildId(), dataset.format().name(), found);
            // The count goes in the step's context, saved with the chunk: a restarted step carries it on.
            var context = StepSynchronizationManager.getContext().getStepExecution().getExecutionContext();
            context.putLong(REJECTED, context.getLong(REJECTED, 0L) + rejected);
            blocks.written(written);
        };
    }

    /**
     * A step binds the dataset's field rules to its build; starting afresh (not resuming mid-file) it first
     * removes whatever an earlier attempt staged; at the end it sums up what it read. (Registered after the console listener: afterStep runs in reverse order.)
     */
    private <T> StepExecutionListener stagingListener(Dataset<T> dataset, String readCountKey,
            AtomicReference<Dataset.RecordRules<T>> rules, RecordBlocks blocks) {
        String name = dataset.format().name();
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution step) {
                // Bound to the build itself, not its job-scoped proxy: a proxy call costs a bean lookup per record.
                rules.set(firstUse(dataset, BuildContext.unscoped(build)));
                if (!step.getExecutionContext().containsKey(readCountKey)) {
                    dataset.clear(build.buildId());
                    problems.clear(build.buildId(), name);
                }
            }

            @Override
            public ExitStatus afterStep(StepExecution step) {
                // Spring Batch counted blocks; the step's history says records.
                step.setReadCount(blocks.recordsRead());
                step.setWriteCount(blocks.recordsWritten());
                String file = build.datasetFile(name).orElse(null);
                StepSummary.put(step, file == null ? "no " + name + " file"
                        : file + ": " + StepSummary.rowsRead(step.getReadCount(),
                                step.getExecutionContext().getLong(REJECTED, 0L)));
                rules.set(null);
                return null;
            }
        };
    }

    /** The dataset's rules for a build, made when the first record needs them (as the rules would look them up). */
    private static <T> Dataset.RecordRules<T> firstUse(Dataset<T> dataset, BuildContext build) {
        return new Dataset.RecordRules<>() {
            private Dataset.RecordRules<T> rules;

            @Override
            public Checked<T> check(SourceRecord record) {
                if (rules == null) {
                    rules = dataset.rules(build);
                }
                return rules.check(record);
            }
        };
    }
}
