package org.agendapack.archive;

import java.util.List;

/**
 * manifest.json of an archived build: what was built from what, by which version, when, and the SHA-256 of
 * every file, so the folder can be checked years later ({@code agendapack verify}).
 *
 * @param inputs the meeting folder's files as archived under inputs/
 * @param outputs the published files as archived beside the manifest
 * @param host the machine that built it (several hosts may share one archive)
 */
public record Manifest(int format, String meeting, String committee, String meetingDate, String inputsFingerprint,
        String application, long buildId, long jobExecutionId, String started, String finished,
        String publicationDeadline, List<String> warnings, List<Entry> inputs, List<Entry> outputs, String host) {

    public static final String FILE = "manifest.json";
    public static final int FORMAT = 1;

    /** One archived file: its path inside the archive folder, size in bytes and SHA-256. */
    public record Entry(String path, long size, String sha256) {
    }
}
