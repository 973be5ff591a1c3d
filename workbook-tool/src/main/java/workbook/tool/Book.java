package workbook.tool;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./workbook book}: the course book alone. Maven builds the solutions and the book's modules;
 * of the tests, only those the book needs run (its own checks, and the polyglot runs it includes),
 * not every lesson's.
 */
final class Book {

    static final Path INDEX = Path.of("docs/target/book/index.html");
    static final Path CHROMIUM = Path.of(System.getProperty("book.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("book.chromedriver", "/usr/bin/chromedriver"));

    private final Path root;
    private final PrintStream out;

    Book(Path root, PrintStream out) {
        this.root = root;
        this.out = out;
    }

    int build() throws Exception {
        List<String> tests = new ArrayList<>(List.of("workbook/book/**/*", "workbook/polyglot/**/*"));
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            tests.add("!workbook/book/BookInBrowserTest");
            out.println("book: no Chromium or its driver (" + CHROMIUM + ", " + DRIVER + "): the browser check is left out"
                    + " (apt-get install chromium chromium-driver)");
        }
        List<String> command = List.of(root.resolve("mvnw").toString(), "-B", "-q", "-Psolution", "-pl", "docs", "-am", "verify",
                "-Dtest=" + String.join(",", tests), "-Dsurefire.failIfNoSpecifiedTests=false");
        out.println("book: building the solutions, the book's runs and its checks (a few minutes)...");
        out.flush();
        long start = System.nanoTime();
        int status = new ProcessBuilder(command).directory(root.toFile()).inheritIO().start().waitFor();
        double took = (System.nanoTime() - start) / 1e9;
        if (status != 0) {
            out.printf("book: the build failed after %.0f s (the first [ERROR] above says why)%n", took);
            return 1;
        }
        out.printf("The book (%.0f s): %s%n", took, root.resolve(INDEX).toUri());
        return 0;
    }
}
