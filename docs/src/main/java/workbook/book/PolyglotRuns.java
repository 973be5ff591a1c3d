package workbook.book;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Stops the book's build, in one line, when the outputs of the polyglot tests it includes are missing: those
 * runs are the polyglot module's tests (python3 and node), which a build with -DskipTests does not run.
 *
 * <p>Usage: {@code PolyglotRuns <repository root> <polyglot runs folder>}.
 */
public final class PolyglotRuns {

    private static final Pattern INCLUDE = Pattern.compile("include::\\{polyglot-runs}/([^\\[]+)\\[");

    private PolyglotRuns() {
    }

    /** Every polyglot output the book's sources include, and which of them are missing. */
    static List<String> missing(Path root, Path runs) throws IOException {
        try (Stream<Path> sources = Stream.concat(Files.list(root.resolve("docs/src/book")),
                Stream.of(root.resolve("polyglot/src/book/polyglot.adoc")))) {
            return sources.filter(file -> file.toString().endsWith(".adoc"))
                    .flatMap(file -> {
                        try {
                            return INCLUDE.matcher(Files.readString(file)).results().map(found -> found.group(1));
                        } catch (IOException unreadable) {
                            throw new java.io.UncheckedIOException(unreadable);
                        }
                    })
                    .distinct().filter(name -> !Files.isRegularFile(runs.resolve(name))).sorted().toList();
        }
    }

    public static void main(String[] args) throws IOException {
        List<String> missing = missing(Path.of(args[0]), Path.of(args[1]));
        if (!missing.isEmpty()) {
            System.err.printf("The book includes %d outputs of the polyglot tests that are not there (%s, ...): "
                    + "run ./mvnw -Psolution -pl polyglot -am verify first, then build the book again.%n",
                    missing.size(), missing.getFirst());
            System.exit(1);
        }
    }
}
