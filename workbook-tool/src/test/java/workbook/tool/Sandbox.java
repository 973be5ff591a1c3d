package workbook.tool;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A throwaway clone of the workbook holding lesson 01 only, in a git repository of its own. */
final class Sandbox {

    static final Path REAL = Path.of("..").toAbsolutePath().normalize();
    static final Map<String, String> IDENTITY = Map.of("GIT_AUTHOR_NAME", "attendee", "GIT_AUTHOR_EMAIL", "a@example.org",
            "GIT_COMMITTER_NAME", "attendee", "GIT_COMMITTER_EMAIL", "a@example.org");

    final Path root;

    Sandbox(Path dir) throws Exception {
        this.root = dir;
        copyTree(REAL.resolve("lesson-01-sync/src"), root.resolve("lesson-01-sync/src"));
        copyTree(REAL.resolve("workbook-kit/src/main"), root.resolve("workbook-kit/src/main"));
        copyTree(REAL.resolve("workbook-kit/src/testkit"), root.resolve("workbook-kit/src/testkit"));
        String catalog = Files.readString(REAL.resolve(Catalog.FILE));
        int otherLessons = catalog.indexOf("lesson = \"lesson-02");
        Files.writeString(root.resolve(Catalog.FILE), otherLessons < 0 ? catalog
                : catalog.substring(0, catalog.lastIndexOf("[[exercise]]", otherLessons)));
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "shipped");
    }

    Path file(String relative) {
        return root.resolve(relative);
    }

    String git(String... arguments) throws Exception {
        return new Git(root).run(IDENTITY, arguments);
    }

    /** Runs ./workbook with the given arguments and standard input. */
    Result workbook(String input, String... arguments) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        int status = new Main(root, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), in).run(arguments);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Result(int status, String out, String err) {
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
