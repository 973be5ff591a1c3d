package workbook.tool;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Watch mode: judge the current exercise, then again every time its file is saved, and move on when
 * it passes. Files are watched by polling their modification times, which works on every file system;
 * a saved file of another exercise is judged too. Keys come from {@link Keys}: single keys on a terminal.
 */
public final class Watch {

    private static final Duration POLL = Duration.ofMillis(50);

    private final Path root;
    private final Catalog catalog;
    private final Judge judge;
    private final Progress progress;
    private final Hints hints;
    private final PrintStream out;
    private final Keys keys;
    private final Screen screen;
    private final Map<Exercise, FileTime> seen = new HashMap<>();

    Watch(Path root, Catalog catalog, Judge judge, Progress progress, PrintStream out, Keys keys, Screen screen) {
        this.root = root;
        this.catalog = catalog;
        this.judge = judge;
        this.progress = progress;
        this.hints = new Hints(progress);
        this.out = out;
        this.keys = keys;
        this.screen = screen;
    }

    /** Watches from {@code first} on, until every exercise is done or the attendee quits. */
    public void run(Exercise first) throws IOException, InterruptedException {
        List<Exercise> exercises = catalog.exercises();
        String keyHelp = keys.single() ? "keys, no Enter: h hint · n next · l list · q quit"
                : "type a letter and Enter: h hint, n next, l list, q quit";
        for (Exercise exercise : exercises) {
            seen.put(exercise, modified(exercise)); // read before judging, so a save during the first verdict counts
        }
        int current = exercises.indexOf(first);
        while (current < exercises.size()) {
            Exercise exercise = exercises.get(current);
            out.println("\n▶ " + screen.bold(exercise.name()) + ": edit " + exercise.file() + " and save.  (" + keyHelp + ")");
            Verdict verdict = judge(exercise, null);
            watching:
            while (!verdict.done()) {
                String key = keys.poll(POLL);
                if (key != null && (key.isEmpty() || key.charAt(0) >= ' ')) { // Enter, Ctrl-L and the like are no commands
                    switch (key) {
                        case "q", "quit" -> { out.println("Bye: progress is saved."); return; }
                        case "n", "next" -> { break watching; }
                        case "h", "hint" -> out.println(hints.next(exercise));
                        case "l", "list" -> new Board(catalog, progress).print(out);
                        case "", " " -> { }
                        default -> out.println("watch: '" + key.strip() + "' is not a key of watch (" + keyHelp + ")");
                    }
                }
                for (Exercise saved : exercises) {
                    FileTime now = modified(saved);
                    if (now.equals(seen.get(saved)) || now.toMillis() == 0) { // 0: gone for a moment, as an editor replaces it
                        continue;
                    }
                    seen.put(saved, now);
                    Verdict judged = judge(saved, now);
                    if (saved.equals(exercise)) {
                        verdict = judged;
                    } else {
                        out.println(screen.dim("(that was " + saved.name() + "; watch is on " + exercise.name()
                                + ": q, then ./workbook watch " + saved.name() + " switches)"));
                    }
                }
            }
            current++;
        }
        out.println("\nEvery exercise is done. Well played!");
    }

    /** Judges and shows the verdict; {@code saved} is the file's time stamp, or null before any save. */
    private Verdict judge(Exercise exercise, FileTime saved) {
        long noticed = System.currentTimeMillis();
        // from the save itself, even when it was made during the last verdict (a stamp from the future: from now)
        long savedAt = saved == null ? 0 : Math.min(saved.toMillis(), noticed);
        String fingerprint = progress.fingerprint(exercise);
        Verdict verdict;
        try (Ticker ticker = new Ticker(exercise, out, screen)) {
            verdict = judge.judge(exercise, root.resolve(exercise.file()), true, ticker); // the first failure is all watch shows
        }
        progress.record(exercise, fingerprint, verdict);
        String timing = "compile %.2f s, tests %.2f s".formatted(seconds(verdict.compiling()), seconds(verdict.testing()));
        String after = saved == null ? "" : "verdict %.2f s after the save: ".formatted((System.currentTimeMillis() - savedAt) / 1e3);
        if (verdict.done()) {
            out.println("✔ " + exercise.name() + " is done " + screen.dim("(" + after + timing + ")"));
            if (verdict.timeline() != null) { // the run that proved it, drawn: the lesson's picture, not only its number
                out.println(screen.dim(verdict.timeline().indent(2).stripTrailing()));
            }
        } else {
            out.println((verdict.notJudged() ? "? " + exercise.name() + " could not be judged " : "✘ " + exercise.name() + " not yet ")
                    + screen.dim("(" + after + timing + ")") + ":");
            out.println(screen.problem(verdict).indent(2).stripTrailing());
        }
        return verdict;
    }

    private FileTime modified(Exercise exercise) throws IOException {
        Path file = root.resolve(exercise.file());
        return Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
