package workbook.tool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Copies of the attendee's files, taken before anything of ours overwrites one, so no edit is lost:
 * {@code .workbook/backups/<exercise>/<time>-<File>.java}.
 */
public final class Backups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path root;

    public Backups(Path root) {
        this.root = root;
    }

    /** Copies the attendee's file aside and returns where it went. */
    public Path keep(Exercise exercise) throws IOException {
        Path source = root.resolve(exercise.file());
        Files.createDirectories(dir(exercise));
        // numbered, so the newest is the last by name even within one millisecond
        String name = "%04d-%s-%s".formatted(all(exercise).size() + 1, LocalDateTime.now().format(STAMP), source.getFileName());
        Path copy = dir(exercise).resolve(name);
        Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
        return copy;
    }

    /** The newest backup of this exercise, if any. */
    public Optional<Path> latest(Exercise exercise) throws IOException {
        List<Path> all = all(exercise);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    public List<Path> all(Exercise exercise) throws IOException {
        if (!Files.isDirectory(dir(exercise))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir(exercise))) {
            return files.sorted().toList();
        }
    }

    private Path dir(Exercise exercise) {
        return root.resolve(".workbook/backups").resolve(exercise.name());
    }
}
