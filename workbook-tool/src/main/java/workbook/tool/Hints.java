package workbook.tool;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Hints in levels (a nudge, then the API to use, then a sketch), one more each time, remembered. */
public final class Hints {

    private final Progress progress;

    public Hints(Progress progress) {
        this.progress = progress;
    }

    /** The next hint only: the earlier ones are on the screen already (or with {@link #seen}). */
    public String next(Exercise exercise) {
        if (exercise.hints().isEmpty()) {
            return "No hints for " + exercise.name() + ": read the TODO in " + exercise.file();
        }
        int level = progress.revealHint(exercise, exercise.hints().size());
        String hint = hint(exercise, level);
        return level < exercise.hints().size() ? hint
                : hint + "\n(that was the last hint; ./workbook solution --peek " + exercise.name() + " shows the solution)";
    }

    /** Every hint shown so far, in order. */
    public String seen(Exercise exercise) {
        int level = progress.hintsSeen(exercise);
        if (level == 0) {
            return "No hint of " + exercise.name() + " seen yet: ./workbook hint " + exercise.name() + " shows the first.";
        }
        return IntStream.rangeClosed(1, level).mapToObj(i -> hint(exercise, i)).collect(Collectors.joining("\n"));
    }

    private static String hint(Exercise exercise, int level) {
        return "Hint %d of %d: %s".formatted(level, exercise.hints().size(), exercise.hints().get(level - 1).strip());
    }
}
