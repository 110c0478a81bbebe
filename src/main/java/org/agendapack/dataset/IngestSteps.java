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
import org.springframework.aop.scope.ScopedObject;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
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

    /** The dataset's ingest step, reading with {@code reader} (a step-scoped {@link #reader(MeetingFolder, Dataset)}). */
    public <T> Step step(Dataset<T> dataset, SourceRecordReader reader) {
        AtomicReference<Dataset.RecordRules<T>> rules = new AtomicReference<>();
        return new StepBuilder(stepName(dataset), jobRepository)
                .<SourceRecord, Checked<T>>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(new UnscopedReader(reader))
                .processor(processor(rules))
                .writer(writer(dataset))
                .listener(progress)
                .listener(stagingListener(dataset, dataset.format().name() + "Reader.read.count", rules))
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
    private static <T> ItemProcessor<SourceRecord, Checked<T>> processor(AtomicReference<Dataset.RecordRules<T>> rules) {
        return record -> record.problem() != null
                ? Checked.rejected(List.of(record.problem()))
                : rules.get().check(record);
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
     * A step binds the dataset's field rules to its build; starting afresh (not resuming mid-file) it first
     * removes whatever an earlier attempt staged; at the end it sums up what it read. (Registered after the console listener: afterStep runs in reverse order.)
     */
    private <T> StepExecutionListener stagingListener(Dataset<T> dataset, String readCountKey,
            AtomicReference<Dataset.RecordRules<T>> rules) {
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

    /**
     * The step-scoped reader's target, fetched when the step opens it: through the scoped proxy every read
     * would look the bean up again.
     */
    private static final class UnscopedReader implements ItemStreamReader<SourceRecord> {

        private final SourceRecordReader scoped;
        private SourceRecordReader target;

        UnscopedReader(SourceRecordReader scoped) {
            this.scoped = scoped;
        }

        @Override
        public void open(ExecutionContext context) {
            target = scoped instanceof ScopedObject proxy ? (SourceRecordReader) proxy.getTargetObject() : scoped;
            target.open(context);
        }

        @Override
        public SourceRecord read() throws Exception {
            return target.read();
        }

        @Override
        public void update(ExecutionContext context) {
            target.update(context);
        }

        @Override
        public void close() {
            if (target != null) {
                target.close();
                target = null;
            }
        }
    }
}
