package workbook.book;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import workbook.tool.Catalog;
import workbook.tool.Exercise;
import workbook.tool.Shipped;

/**
 * Copies the exercises as committed into the book's build, so the book shows the slow or broken files an
 * attendee starts from, whatever the working tree holds (a solved exercise has lost the lines the book
 * quotes). Outside a git checkout the working tree's exercises stand in.
 *
 * <p>Usage: {@code ShippedExercises <repository root> <folder>}; the book includes
 * {@code {shipped}/<lesson>/src/exercise/java/...}.
 */
public final class ShippedExercises {

    private ShippedExercises() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ShippedExercises <repository root> <folder>");
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path into = Path.of(args[1]).toAbsolutePath().normalize();
        List<String> lessons = Catalog.load(root).exercises().stream().map(Exercise::lesson).distinct().toList();
        Shipped shipped = Shipped.export(root, lessons, into);
        if (!shipped.fromGit()) {
            copyWorkingTree(root, lessons, into);
        }
        System.out.println("book exercises: " + (!shipped.fromGit() ? "not a git checkout: the working tree's"
                : shipped.leftOut() == 0 ? "as committed"
                : "as committed; " + shipped.leftOut() + (shipped.leftOut() == 1 ? " working-tree edit" : " working-tree edits")
                        + " to src/exercise left out"));
    }

    private static void copyWorkingTree(Path root, List<String> lessons, Path into) throws IOException {
        for (String lesson : lessons) {
            Path from = root.resolve(lesson).resolve("src/exercise");
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    Path to = into.resolve(lesson).resolve("src/exercise").resolve(from.relativize(file));
                    Files.createDirectories(to.getParent());
                    Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
