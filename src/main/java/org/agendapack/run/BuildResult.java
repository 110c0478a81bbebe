package org.agendapack.run;

import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a build records in its job execution's context, read back by the console, {@code agendapack runs} and the
 * scheduler: the keys and their types in one place.
 *
 * @param warnings the warnings of a build that passed validation
 * @param outputs the files published, by name
 * @param archive the archive folder, relative to the output folder
 * @param late why the pack was published late (null when on time)
 * @param rejected whether the build stopped because its input was rejected
 * @param failure why the build stopped, as the console said it (null when it did not)
 */
public record BuildResult(long warnings, List<String> outputs, String archive, String late, boolean rejected,
        String failure) {

    private static final String WARNINGS = "warnings";
    private static final String OUTPUTS = "outputs";
    private static final String ARCHIVE = "archive";
    private static final String LATE = "late";
    private static final String REJECTED = "rejected";
    private static final String FAILURE = "failure";

    public static BuildResult of(JobExecution job) {
        ExecutionContext c = job.getExecutionContext();
        return new BuildResult(c.get(WARNINGS) instanceof Number n ? n.longValue() : 0,
                Arrays.stream(c.getString(OUTPUTS, "").split(",")).filter(s -> !s.isBlank()).toList(),
                c.getString(ARCHIVE, null), c.getString(LATE, null), c.containsKey(REJECTED),
                c.getString(FAILURE, null));
    }

    /** Why a build that did not complete stopped, in the console's words; null for a completed one. */
    public static String reason(JobExecution job) {
        if (job.getStatus() == BatchStatus.COMPLETED) {
            return null;
        }
        String failure = of(job).failure();
        return failure != null ? failure : plainReason(job.getExitStatus().getExitDescription());
    }

    /**
     * A stored exit description is a stack trace ("java.io.IOException: message\n\tat …"): the message alone,
     * for builds whose reason was not recorded (a process killed before it could say).
     */
    public static String plainReason(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String first = description.strip().lines().findFirst().orElse("");
        return first.replaceFirst("^([a-zA-Z_$][\\w$]*\\.)+[\\w$]*(Exception|Error)(: )?", "").strip();
    }

    public static void warnings(JobExecution job, long warnings) {
        job.getExecutionContext().putLong(WARNINGS, warnings);
    }

    public static void outputs(JobExecution job, List<String> names) {
        job.getExecutionContext().putString(OUTPUTS, String.join(",", names));
    }

    public static void archive(JobExecution job, String folder) {
        job.getExecutionContext().putString(ARCHIVE, folder);
    }

    public static void late(JobExecution job, String why) {
        job.getExecutionContext().putString(LATE, why);
    }

    public static void rejected(JobExecution job, String reason) {
        job.getExecutionContext().putString(REJECTED, "true");
        failed(job, reason);
    }

    public static void failed(JobExecution job, String reason) {
        job.getExecutionContext().putString(FAILURE, reason);
    }
}
