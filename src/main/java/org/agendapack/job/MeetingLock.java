package org.agendapack.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.agendapack.run.BuildHost;
import org.agendapack.run.JobDatabase;
import org.agendapack.run.SharedJobDatabase;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One build of a meeting at a time, across processes. With the meetings' own job databases: an OS file lock on
 * output/.jobs/&lt;meeting&gt;/build.lock, released by the OS when the holder dies. With a shared job repository
 * ({@link SharedJobDatabase}): a PostgreSQL advisory lock, held by a connection of the build's own and released
 * by the server when that connection dies, so a killed build on any host never leaves the meeting locked. Either
 * way the holder is named (host, process, start), so a refused build can say who is building.
 */
public final class MeetingLock implements AutoCloseable {

    private final AutoCloseable release;

    private MeetingLock(AutoCloseable release) {
        this.release = release;
    }

    /** Takes the meeting's lock at once, or throws {@link MeetingBusyException} naming the build that holds it. */
    public static MeetingLock acquire(Path output, String meetingId) {
        return SharedJobDatabase.configured().map(db -> inDatabase(db, meetingId))
                .orElseGet(() -> inFile(output, meetingId));
    }

    /** Who this process is, as a refused build names it. */
    static String holder() {
        return "host " + BuildHost.name() + ", process " + ProcessHandle.current().pid() + ", started "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static MeetingLock inDatabase(SharedJobDatabase db, String meetingId) {
        SingleConnectionDataSource connection = db.connection();
        try {
            JdbcTemplate jdbc = new JdbcTemplate(connection);
            try {
                jdbc.execute("CREATE TABLE IF NOT EXISTS agendapack_build_lock (meeting VARCHAR(200) PRIMARY KEY, "
                        + "holder VARCHAR(500) NOT NULL)");
            } catch (DataAccessException e) {
                // Another process created it at the same moment; the statements below say if it is really missing.
            }
            long key = UUID.nameUUIDFromBytes(("agendapack build of " + meetingId).getBytes(StandardCharsets.UTF_8))
                    .getMostSignificantBits();
            if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_lock(?)", Boolean.class, key))) {
                List<String> holder = jdbc.queryForList("SELECT holder FROM agendapack_build_lock WHERE meeting = ?",
                        String.class, meetingId);
                throw new MeetingBusyException(meetingId, holder.isEmpty() ? "" : holder.get(0));
            }
            jdbc.update("INSERT INTO agendapack_build_lock (meeting, holder) VALUES (?, ?) "
                    + "ON CONFLICT (meeting) DO UPDATE SET holder = EXCLUDED.holder", meetingId, holder());
            return new MeetingLock(() -> {
                try {
                    jdbc.update("DELETE FROM agendapack_build_lock WHERE meeting = ?", meetingId);
                    jdbc.queryForObject("SELECT pg_advisory_unlock(?)", Boolean.class, key);
                } finally {
                    connection.destroy();
                }
            });
        } catch (MeetingBusyException e) {
            connection.destroy();
            throw e;
        } catch (DataAccessException e) {
            connection.destroy();
            throw new IllegalStateException("Cannot lock " + meetingId + " in the shared job database " + db.shown()
                    + ": " + e.getMostSpecificCause().getMessage(), e);
        }
    }

    /**
     * The lock of the meeting's own job database (output/.jobs/&lt;meeting&gt;/build.lock), whichever repository
     * builds use: held by anything that opens that database.
     */
    public static MeetingLock ofOwnDatabase(Path output, String meetingId) {
        return inFile(output, meetingId);
    }

    private static MeetingLock inFile(Path output, String meetingId) {
        Path file = JobDatabase.folder(output, meetingId).resolve("build.lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another build in this JVM
            }
            if (lock == null) {
                String holder = holderOf(file);
                channel.close();
                throw new MeetingBusyException(meetingId, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            FileChannel held = channel;
            FileLock taken = lock;
            return new MeetingLock(() -> {
                try {
                    held.truncate(0); // no stale holder for the next build to read
                    taken.release();
                } catch (IOException e) {
                    // The channel is closed next, which releases the lock anyway.
                }
                closeQuietly(held);
            });
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot lock " + file, e);
        }
    }

    /** Who holds the lock; the holder writes it just after locking, so an empty file is read again briefly. */
    private static String holderOf(Path file) throws IOException {
        String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
        for (int tries = 0; holder.isEmpty() && tries < 20; tries++) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            holder = Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        return holder;
    }

    @Override
    public void close() {
        try {
            release.close();
        } catch (Exception e) {
            // Releasing: the lock goes with its channel or connection anyway.
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing to keep: closing a lock file.
            }
        }
    }

    /** Another build of the same meeting is running. */
    public static final class MeetingBusyException extends RuntimeException {
        private final String holder;

        public MeetingBusyException(String meetingId, String holder) {
            super("Another build of " + meetingId + " is running (" + (holder.isEmpty() ? "just starting" : holder)
                    + "); this one was not started. Build again when it has finished.");
            this.holder = holder.isEmpty() ? "just starting" : holder;
        }

        public String holder() {
            return holder;
        }
    }
}
