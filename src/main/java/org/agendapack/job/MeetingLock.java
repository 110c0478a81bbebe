package org.agendapack.job;

import org.agendapack.run.JobDatabase;

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

/**
 * One build of a meeting at a time, across processes: an OS file lock on output/.jobs/&lt;meeting&gt;/build.lock,
 * released by the OS when the holder dies (a killed build never leaves the meeting locked). The file says
 * who holds it, so a refused build can name the running one.
 */
public final class MeetingLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private MeetingLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the meeting's lock at once, or throws {@link MeetingBusyException} naming the build that holds it. */
    public static MeetingLock acquire(Path output, String meetingId) {
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
            ProcessHandle self = ProcessHandle.current();
            String holder = "process " + self.pid() + ", started " + Instant.now().truncatedTo(ChronoUnit.SECONDS);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new MeetingLock(channel, lock);
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
            channel.truncate(0); // no stale holder for the next build to read
            lock.release();
        } catch (IOException e) {
            // The channel is closed next, which releases the lock anyway.
        }
        closeQuietly(channel);
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
