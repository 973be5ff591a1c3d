package workbook.tool;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * What the attendee has done and seen, in {@code .workbook/progress.properties}. The file is the one
 * truth: read afresh for every question, and changed under a lock, re-read first and replaced whole
 * (a temporary file moved over it), so a watch and a {@code ./workbook hint} in another terminal
 * never undo each other.
 */
public final class Progress {

    public enum Status { DONE, NOT_YET, UNCHECKED }

    /** A file lock belongs to the whole process: threads and instances of this JVM queue here first. */
    private static final ReentrantLock THIS_PROCESS = new ReentrantLock();

    private final Path root;
    private final Path file;
    private final Path lock;
    private Properties lastRead = new Properties();
    private List<Object> readVersion;

    public Progress(Path root) {
        this.root = root;
        this.file = root.resolve(".workbook/progress.properties");
        this.lock = root.resolve(".workbook/progress.lock");
    }

    /** As last judged, whether or not the file changed since (see {@link #changedSince}). */
    public Status status(Exercise exercise) {
        String status = read().getProperty("status." + exercise.name());
        return status == null ? Status.UNCHECKED : Status.valueOf(status);
    }

    /** Whether the attendee's file differs from the one last judged. */
    public boolean changedSince(Exercise exercise) {
        String judged = read().getProperty("file." + exercise.name());
        return judged != null && !judged.equals(fingerprint(exercise));
    }

    /** A checksum of the attendee's file (CRC-32C: no security provider to load at start); take it before judging. */
    public String fingerprint(Exercise exercise) {
        try {
            byte[] content = Files.readAllBytes(root.resolve(exercise.file()));
            CRC32C checksum = new CRC32C();
            checksum.update(content);
            return Long.toHexString(checksum.getValue()) + "-" + content.length;
        } catch (IOException missing) {
            return "missing";
        }
    }

    public void record(Exercise exercise, String fingerprint, Verdict verdict) {
        update(state -> {
            state.setProperty("status." + exercise.name(), (verdict.done() ? Status.DONE : Status.NOT_YET).name());
            state.setProperty("file." + exercise.name(), fingerprint);
        });
    }

    /** The file was replaced (reset, restore): what was judged before says nothing about it. */
    public void forget(Exercise exercise) {
        update(state -> {
            state.remove("status." + exercise.name());
            state.remove("file." + exercise.name());
        });
    }

    /** How many hints of this exercise have been shown. */
    public int hintsSeen(Exercise exercise) {
        return hintsSeen(read(), exercise);
    }

    /** One more hint seen, up to {@code count}; returns the level now reached. */
    public int revealHint(Exercise exercise, int count) {
        int[] level = new int[1];
        update(state -> {
            level[0] = Math.min(hintsSeen(state, exercise) + 1, count);
            state.setProperty("hints." + exercise.name(), String.valueOf(level[0]));
        });
        return level[0];
    }

    private static int hintsSeen(Properties state, Exercise exercise) {
        return Integer.parseInt(state.getProperty("hints." + exercise.name(), "0"));
    }

    /** The file as it is now; read again only when it was replaced (every write is a new file: a new inode). */
    private synchronized Properties read() {
        try {
            BasicFileAttributes now = Files.exists(file) ? Files.readAttributes(file, BasicFileAttributes.class) : null;
            List<Object> version = now == null ? List.of() : List.of(String.valueOf(now.fileKey()), now.lastModifiedTime(), now.size());
            if (!version.equals(readVersion)) {
                Properties state = new Properties();
                if (now != null) {
                    try (Reader reader = Files.newBufferedReader(file)) {
                        state.load(reader);
                    }
                }
                lastRead = state;
                readVersion = version;
            }
            Properties copy = new Properties();
            copy.putAll(lastRead);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void update(Consumer<Properties> change) {
        THIS_PROCESS.lock();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                Properties state = read();
                change.accept(state);
                Path next = Files.createTempFile(file.getParent(), "progress", ".tmp");
                try (Writer writer = Files.newBufferedWriter(next)) {
                    state.store(writer, "./workbook progress");
                }
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            THIS_PROCESS.unlock();
        }
    }
}
