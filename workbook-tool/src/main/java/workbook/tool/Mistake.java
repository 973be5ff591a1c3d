package workbook.tool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A plausible wrong fix of an exercise, kept as the whole class in
 * {@code <lesson>/src/mistakes/<exercise>/<slug>/<Class>.java}, whose first two lines say what it stands
 * for and which words the verdict's first failure must contain:
 * <pre>
 * // Mistake: starts the three threads, then sleeps 3.1 s instead of joining them.
 * // Rejected with: "still running"
 * </pre>
 *
 * @param exercise     the exercise it is a wrong fix of
 * @param slug         its folder's name, e.g. {@code sleeps-instead-of-joining}
 * @param file         the class, relative to the repository root
 * @param note         what the mistake is, in a line
 * @param rejectedWith words the first failure of its verdict must contain
 */
public record Mistake(Exercise exercise, String slug, Path file, String note, String rejectedWith) {

    private static final Pattern NOTE = Pattern.compile("// Mistake: (\\S.*)");
    private static final Pattern WORDS = Pattern.compile("// Rejected with: \"(.+)\"\\s*");

    /** Every mistake of the catalogue, and one line for each file or folder that breaks the contract. */
    public record Found(List<Mistake> mistakes, List<String> problems) {
    }

    public String name() {
        return exercise.name() + "/" + slug;
    }

    /** Scans {@code src/mistakes} of every lesson that has an exercise in the catalogue. */
    static Found scan(Path root, Catalog catalog) {
        List<Mistake> mistakes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String lesson : catalog.exercises().stream().map(Exercise::lesson).distinct().toList()) {
            for (Path folder : children(root.resolve(lesson).resolve("src/mistakes"))) {
                String name = folder.getFileName().toString();
                Optional<Exercise> exercise = catalog.exercises().stream()
                        .filter(e -> e.name().equals(name) && e.lesson().equals(lesson)).findFirst();
                if (exercise.isEmpty()) {
                    problems.add(root.relativize(folder) + ": no exercise named '" + name + "' in " + lesson
                            + Main.Names.closest(name, catalog.exercises().stream()
                                    .filter(e -> e.lesson().equals(lesson)).map(Exercise::name).toList()));
                    continue;
                }
                for (Path slug : children(folder)) {
                    Path file = slug.resolve(exercise.get().simpleName() + ".java");
                    if (!Files.isRegularFile(file)) {
                        problems.add(root.relativize(slug) + ": expected the whole class as " + file.getFileName());
                        continue;
                    }
                    read(root, exercise.get(), slug, file).ifPresentOrElse(mistakes::add, () -> problems.add(
                            root.relativize(file) + ":1: expected the two lines '// Mistake: …' and "
                                    + "'// Rejected with: \"…\"' at the top"));
                }
            }
        }
        return new Found(List.copyOf(mistakes), List.copyOf(problems));
    }

    private static Optional<Mistake> read(Path root, Exercise exercise, Path slug, Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            List<String> header = lines.limit(2).toList();
            if (header.size() < 2) {
                return Optional.empty();
            }
            Matcher note = NOTE.matcher(header.get(0).strip());
            Matcher words = WORDS.matcher(header.get(1).strip());
            if (!note.matches() || !words.matches()) {
                return Optional.empty();
            }
            return Optional.of(new Mistake(exercise, slug.getFileName().toString(), root.relativize(file),
                    note.group(1).strip(), words.group(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> children(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
