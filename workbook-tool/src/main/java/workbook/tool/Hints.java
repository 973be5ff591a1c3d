package workbook.tool;

/** Hints in levels (a nudge, then the API to use, then a sketch), one more each time, remembered. */
public final class Hints {

    private final Progress progress;

    public Hints(Progress progress) {
        this.progress = progress;
    }

    /** Every hint seen so far plus the next one. */
    public String next(Exercise exercise) {
        if (exercise.hints().isEmpty()) {
            return "No hints for " + exercise.name() + ": read the TODO in " + exercise.file();
        }
        int level = Math.min(progress.hintsSeen(exercise) + 1, exercise.hints().size());
        progress.sawHint(exercise, level);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < level; i++) {
            text.append("Hint %d of %d: ".formatted(i + 1, exercise.hints().size()))
                    .append(exercise.hints().get(i).strip()).append("\n");
        }
        if (level == exercise.hints().size()) {
            text.append("(that was the last hint; ./workbook solution ").append(exercise.name()).append(" --peek shows the solution)");
        }
        return text.toString().stripTrailing();
    }
}
