package org.agendapack.archive;

import java.util.List;

/**
 * manifest.json of an archived build: what was built from what, by which version, when, and the SHA-256 of
 * every file, so the folder can be checked years later ({@code agendapack verify}).
 *
 * @param inputs the meeting folder's files as archived under inputs/
 * @param outputs the published files as archived beside the manifest
 * @param host the machine that built it (several hosts may share one archive)
 * @param startedBy who started the build (a web console user, "scheduler"); null for the command line
 * @param started when the build started, to the millisecond (to the second in manifests before 2026-12)
 * @param finished when it was archived, its last step
 * @param late why the pack was published late, as the build said it; null when on time (and in older manifests)
 * @param attempts the build's earlier runs, which did not complete (it was restarted), oldest first; null in
 *        manifests before 2026-12
 */
public record Manifest(int format, String meeting, String committee, String meetingDate, String inputsFingerprint,
        String application, long buildId, long jobExecutionId, String started, String finished,
        String publicationDeadline, List<String> warnings, List<Entry> inputs, List<Entry> outputs, String host,
        String startedBy, String late, List<Attempt> attempts) {

    public static final String FILE = "manifest.json";
    public static final int FORMAT = 1;

    /** One archived file: its path inside the archive folder, size in bytes and SHA-256. */
    public record Entry(String path, long size, String sha256) {
    }

    /**
     * An earlier run of the build (a job execution) that did not complete: what the history lists of it.
     *
     * @param status Spring Batch's status: FAILED, STOPPED, ABANDONED
     * @param failure why it stopped, as the console said it
     */
    public record Attempt(long jobExecutionId, String status, String started, String ended, String failure,
            String startedBy) {
    }
}
