package workbook.tool;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Watch mode: judge the current exercise, then again every time its file is saved, and move on when
 * it passes. Files are watched by polling their modification time, which works on every file system
 * and terminal; commands come as lines on standard input (h, n, l, q).
 */
public final class Watch {

    private static final Duration POLL = Duration.ofMillis(100);

    private final Path root;
    private final Catalog catalog;
    private final Judge judge;
    private final Progress progress;
    private final Hints hints;
    private final PrintStream out;
    private final BlockingQueue<String> commands = new LinkedBlockingQueue<>();

    public Watch(Path root, Catalog catalog, Judge judge, Progress progress, Hints hints, PrintStream out, InputStream in) {
        this.root = root;
        this.catalog = catalog;
        this.judge = judge;
        this.progress = progress;
        this.hints = hints;
        this.out = out;
        Thread.ofPlatform().daemon().name("watch-commands").start(() -> readCommands(in));
    }

    /** Watches from {@code first} on, until every exercise is done or the attendee quits. */
    public void run(Exercise first) throws IOException, InterruptedException {
        List<Exercise> exercises = catalog.exercises();
        int current = exercises.indexOf(first);
        while (current < exercises.size()) {
            Exercise exercise = exercises.get(current);
            out.println("\n▶ " + exercise.name() + ": edit " + exercise.file() + " and save. (h hint, n next, l list, q quit)");
            FileTime seen = modified(exercise); // read before judging, so a save during the first verdict counts
            Verdict verdict = show(exercise, judge.judge(exercise), Duration.ZERO);
            watching:
            while (!verdict.done()) {
                String command = commands.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (command != null) {
                    switch (command.strip()) {
                        case "q", "quit" -> { out.println("Bye: progress is saved."); return; }
                        case "n", "next" -> { break watching; }
                        case "h", "hint" -> out.println(hints.next(exercise));
                        case "l", "list" -> Main.board(catalog, progress, out);
                        case "" -> { }
                        default -> out.println("watch: unknown command '" + command.strip() + "' (h hint, n next, l list, q quit)");
                    }
                }
                FileTime now = modified(exercise);
                if (!now.equals(seen)) {
                    seen = now;
                    long saved = System.nanoTime();
                    verdict = judge.judge(exercise);
                    show(exercise, verdict, Duration.ofNanos(System.nanoTime() - saved));
                }
            }
            current++;
        }
        out.println("\nEvery exercise is done. Well played!");
    }

    private Verdict show(Exercise exercise, Verdict verdict, Duration sinceSave) {
        progress.record(exercise, verdict);
        String timing = "compile %.2f s, tests %.2f s".formatted(seconds(verdict.compiling()), seconds(verdict.testing()));
        if (verdict.done()) {
            out.println("✔ " + exercise.name() + " is done (" + timing + ")" + (sinceSave.isZero() ? "" : ", verdict %.2f s after the save".formatted(seconds(sinceSave))));
        } else {
            out.println("✘ " + exercise.name() + " not yet (" + timing + "):");
            out.println(verdict.firstProblem().indent(2).stripTrailing());
        }
        return verdict;
    }

    private FileTime modified(Exercise exercise) throws IOException {
        return Files.getLastModifiedTime(root.resolve(exercise.file()));
    }

    private void readCommands(InputStream in) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                commands.add(line);
            }
        } catch (IOException closed) {
            // no more commands: keep watching files
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
