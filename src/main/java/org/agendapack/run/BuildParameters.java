package org.agendapack.run;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of a build. Identifying: the meeting, the SHA-256 fingerprint of its inputs, a rebuild
 * number (a deliberate rerun of a completed build) and the options that change the outputs. The folder is
 * not identifying: the same inputs copied elsewhere are the same build.
 */
public final class BuildParameters {

    public static final String MEETING = "meeting";
    public static final String INPUTS = "inputs";
    public static final String REBUILD = "rebuild";
    public static final String STRICT = "strict";
    public static final String PADDING = "padding";
    public static final String REQUIRE_CONFORMANCE = "requireConformance";
    public static final String FOLDER = "folder";
    /** Who started the build (the web console's user, "scheduler"); not identifying: it never changes what is built. */
    public static final String STARTED_BY = "startedBy";

    private BuildParameters() {
    }

    /** The options a build was started with. */
    public static BuildOptions options(JobParameters params) {
        return new BuildOptions(Boolean.parseBoolean(params.getString(STRICT)), false,
                Boolean.parseBoolean(params.getString(PADDING, "true")),
                Boolean.parseBoolean(params.getString(REQUIRE_CONFORMANCE, "false")));
    }

    public static JobParameters of(String meetingId, String fingerprint, long rebuild, BuildOptions options,
            String folder) {
        return of(meetingId, fingerprint, rebuild, options, folder, null);
    }

    /** The same, recording who started it (null: not recorded, as on the command line). */
    public static JobParameters of(String meetingId, String fingerprint, long rebuild, BuildOptions options,
            String folder, String startedBy) {
        JobParametersBuilder params = new JobParametersBuilder()
                .addString(MEETING, meetingId)
                .addString(INPUTS, fingerprint)
                .addLong(REBUILD, rebuild)
                .addString(STRICT, Boolean.toString(options.strict()))
                .addString(PADDING, Boolean.toString(options.padding()))
                .addString(REQUIRE_CONFORMANCE, Boolean.toString(options.requireConformance()))
                .addString(FOLDER, folder, false);
        if (startedBy != null) {
            params.addString(STARTED_BY, startedBy, false);
        }
        return params.toJobParameters();
    }
}
