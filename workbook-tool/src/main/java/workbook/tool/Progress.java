package workbook.tool;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** What the attendee has done and seen, remembered between runs in {@code .workbook/progress.properties}. */
public final class Progress {

    public enum Status { DONE, NOT_YET, UNCHECKED }

    private final Path file;
    private final Properties state = new Properties();

    public Progress(Path root) {
        this.file = root.resolve(".workbook/progress.properties");
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                state.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public Status status(Exercise exercise) {
        String status = state.getProperty("status." + exercise.name());
        return status == null ? Status.UNCHECKED : Status.valueOf(status);
    }

    public void record(Exercise exercise, Verdict verdict) {
        state.setProperty("status." + exercise.name(), (verdict.done() ? Status.DONE : Status.NOT_YET).name());
        save();
    }

    /** How many hints of this exercise have been shown. */
    public int hintsSeen(Exercise exercise) {
        return Integer.parseInt(state.getProperty("hints." + exercise.name(), "0"));
    }

    public void sawHint(Exercise exercise, int level) {
        state.setProperty("hints." + exercise.name(), String.valueOf(level));
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file)) {
                state.store(writer, "./workbook progress");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
