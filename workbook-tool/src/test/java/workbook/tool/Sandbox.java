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

/** A throwaway clone of the workbook as committed, holding lesson 01 only, in a git repository of its own. */
final class Sandbox {

    static final Path REAL = Path.of("..").toAbsolutePath().normalize();
    static final Map<String, String> IDENTITY = Map.of("GIT_AUTHOR_NAME", "attendee", "GIT_AUTHOR_EMAIL", "a@example.org",
            "GIT_COMMITTER_NAME", "attendee", "GIT_COMMITTER_EMAIL", "a@example.org");

    final Path root;

    Sandbox(Path dir) throws Exception {
        this.root = dir;
        // The committed files, not the working copy: an attendee's solved exercises change no test.
        String catalog = committed(List.of("lesson-01-sync/src", "workbook-kit/src/main", "workbook-kit/src/testkit"), root);
        int otherLessons = catalog.indexOf("lesson = \"lesson-02");
        Files.writeString(root.resolve(Catalog.FILE), otherLessons < 0 ? catalog
                : catalog.substring(0, catalog.lastIndexOf("[[exercise]]", otherLessons)));
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "shipped");
    }

    /** Copies the folders as committed into {@code to}; returns the committed catalog. */
    static String committed(List<String> folders, Path to) throws Exception {
        List<String> archive = new java.util.ArrayList<>(List.of("git", "archive", "--format=tar", "HEAD", "--"));
        archive.addAll(folders);
        Files.createDirectories(to);
        List<Process> pipeline = ProcessBuilder.startPipeline(List.of(
                new ProcessBuilder(archive).directory(REAL.toFile()),
                new ProcessBuilder("tar", "-x", "-C", to.toString()).redirectErrorStream(true)));
        String said = new String(pipeline.getLast().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        for (Process process : pipeline) {
            if (process.waitFor() != 0) {
                throw new IOException("git archive | tar: " + said);
            }
        }
        return new Git(REAL).run("show", "HEAD:" + Catalog.FILE);
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
