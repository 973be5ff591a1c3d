package workbook.tool;

import java.io.PrintStream;

/** The progress board: every exercise as last judged (and whether its file changed since), and the next one. */
final class Board {

    private final Catalog catalog;
    private final Progress progress;

    Board(Catalog catalog, Progress progress) {
        this.catalog = catalog;
        this.progress = progress;
    }

    void print(PrintStream out) {
        String lesson = "";
        Exercise next = null;
        int done = 0;
        for (Exercise exercise : catalog.exercises()) {
            if (!exercise.lesson().equals(lesson)) {
                lesson = exercise.lesson();
                out.println(lesson);
            }
            Progress.Status status = progress.status(exercise);
            done += status == Progress.Status.DONE ? 1 : 0;
            if (status != Progress.Status.DONE && next == null) {
                next = exercise;
            }
            String mark = switch (status) {
                case DONE -> "✔ done";
                case NOT_YET -> "✘ not yet";
                case UNCHECKED -> "· not checked";
            };
            String changed = status != Progress.Status.UNCHECKED && progress.changedSince(exercise) ? "  (edited since)" : "";
            out.printf("  %-14s %-28s %s%s%n", mark, exercise.name(), exercise.file(), changed);
        }
        out.printf("%n%d of %d done.%n", done, catalog.exercises().size());
        if (next != null) {
            out.println("Next: ./workbook watch " + next.name() + "   (or ./workbook run " + next.name() + ")");
        }
        out.println("./workbook verify judges every exercise again.");
    }
}
