package workbook.tool;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A throwaway clone of the shipped workbook holding lesson 01 only, in a git repository of its own. */
final class Sandbox {

    static final Path REAL = Path.of("..").toAbsolutePath().normalize();
    static final Map<String, String> IDENTITY = Map.of("GIT_AUTHOR_NAME", "attendee", "GIT_AUTHOR_EMAIL", "a@example.org",
            "GIT_COMMITTER_NAME", "attendee", "GIT_COMMITTER_EMAIL", "a@example.org");

    final Path root;

    /** The shipped files only (git's HEAD), never the working copy: an attendee's solved exercise changes nothing here. */
    Sandbox(Path dir) throws Exception {
        this.root = dir;
        Process archive = new ProcessBuilder("git", "archive", "--format=tar", "HEAD", "lesson-01-sync/src",
                "workbook-kit/src/main", "workbook-kit/src/testkit", Catalog.FILE)
                .directory(REAL.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Process untar = new ProcessBuilder("tar", "-x", "-C", root.toString())
                .redirectErrorStream(true).start();
        try (InputStream tar = archive.getInputStream(); var into = untar.getOutputStream()) {
            tar.transferTo(into);
        }
        if (archive.waitFor() != 0 || untar.waitFor() != 0) {
            throw new IOException("could not unpack the shipped files: " + new String(untar.getInputStream().readAllBytes()));
        }
        String catalog = Files.readString(root.resolve(Catalog.FILE));
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
                new PrintStream(err, true, StandardCharsets.UTF_8), in, false).run(arguments);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Result(int status, String out, String err) {
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
