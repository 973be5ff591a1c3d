package workbook.tool;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@code ./workbook} and its commands. Bad input gets one line and exit code 2. */
public final class Main {

    static final List<String> COMMANDS = List.of("list", "run", "verify", "watch", "hint", "reset", "restore",
            "solution", "solution-branch", "mistakes", "help");

    private final Path root;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final Catalog catalog;
    private final Progress progress;
    private Judge judge;

    Main(Path root, PrintStream out, PrintStream err, InputStream in) throws IOException {
        this.root = root;
        this.out = out;
        this.err = err;
        this.in = in;
        this.catalog = Catalog.load(root);
        this.progress = new Progress(root);
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("workbook.root", ".")).toAbsolutePath().normalize();
        System.exit(new Main(root, System.out, System.err, System.in).run(args));
    }

    int run(String... args) throws Exception {
        String command = args.length == 0 ? "board" : args[0];
        String argument = args.length > 1 ? args[1] : null;
        boolean peek = List.of(args).contains("--peek");
        boolean yes = List.of(args).contains("--yes");
        return switch (command) {
            case "board" -> board(catalog, progress, out);
            case "list" -> list();
            case "verify" -> verify();
            case "run" -> withExercise(argument, this::runOne);
            case "watch" -> watch(argument);
            case "hint" -> withExercise(argument, e -> { out.println(new Hints(progress).next(e)); return 0; });
            case "reset" -> withExercise(argument, e -> reset(e, yes));
            case "restore" -> withExercise(argument, this::restore);
            case "solution" -> withExercise(argument, e -> solution(e, peek));
            case "solution-branch" -> solutionBranch();
            case "mistakes" -> argument == null ? new CatalogueProof(root, catalog, out).mistakes(Optional.empty())
                    : withExercise(argument, e -> new CatalogueProof(root, catalog, out).mistakes(Optional.of(e)));
            case "help", "-h", "--help" -> help();
            default -> bad("unknown command '" + command + "'" + Names.closest(command, COMMANDS));
        };
    }

    /** The progress board: every exercise as last checked, and the next one to do. */
    static int board(Catalog catalog, Progress progress, PrintStream out) {
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
            out.printf("  %-14s %-28s %s%n", mark, exercise.name(), exercise.file());
        }
        out.printf("%n%d of %d done.%n", done, catalog.exercises().size());
        if (next != null) {
            out.println("Next: ./workbook watch " + next.name() + "   (or ./workbook run " + next.name() + ")");
        }
        out.println("./workbook verify checks every exercise again.");
        return 0;
    }

    private int list() {
        for (Exercise exercise : catalog.exercises()) {
            out.printf("%-28s %-60s %d goal tests%n", exercise.name(), exercise.file(), exercise.goals().size());
        }
        return 0;
    }

    private int runOne(Exercise exercise) {
        Verdict verdict = judge().judge(exercise);
        progress.record(exercise, verdict);
        if (verdict.done()) {
            out.printf("✔ %s is done: %d of %d goal tests pass (%.2f s).%n", exercise.name(),
                    verdict.goals(), verdict.goals(), verdict.total().toNanos() / 1e9);
            return 0;
        }
        out.printf("✘ %s is not done yet (%s; compile %.2f s, tests %.2f s):%n", exercise.name(), exercise.file(),
                verdict.compiling().toNanos() / 1e9, verdict.testing().toNanos() / 1e9);
        out.println(verdict.firstProblem().indent(2).stripTrailing());
        out.println("  Stuck? ./workbook hint " + exercise.name());
        return 1;
    }

    private int verify() {
        int failing = 0;
        for (Exercise exercise : catalog.exercises()) {
            Verdict verdict = judge().judge(exercise);
            progress.record(exercise, verdict);
            out.printf("%-10s %-28s %s%n", verdict.done() ? "✔ done" : "✘ not yet", exercise.name(),
                    verdict.done() ? "" : firstLine(verdict.firstProblem()));
            failing += verdict.done() ? 0 : 1;
        }
        out.printf("%n%d of %d done.%n", catalog.exercises().size() - failing, catalog.exercises().size());
        return failing == 0 ? 0 : 1;
    }

    private int watch(String name) throws Exception {
        Optional<Exercise> start = name == null
                ? catalog.exercises().stream().filter(e -> progress.status(e) != Progress.Status.DONE).findFirst()
                : catalog.find(name);
        if (start.isEmpty()) {
            if (name != null) {
                return bad("unknown exercise '" + name + "'" + Names.closest(name, catalog.names()));
            }
            out.println("Every exercise is done. ./workbook verify checks them again.");
            return 0;
        }
        new Watch(root, catalog, judge(), progress, new Hints(progress), out, in).run(start.get());
        return 0;
    }

    /** Puts the shipped exercise back, after keeping the attendee's file. */
    private int reset(Exercise exercise, boolean yes) throws Exception {
        if (!yes && !confirm("Reset " + exercise.file() + " to the shipped exercise? Your version is kept, "
                + "and ./workbook restore " + exercise.name() + " brings it back. [y/N] ")) {
            out.println("Nothing changed.");
            return 1;
        }
        Path backup = new Backups(root).keep(exercise);
        Files.write(root.resolve(exercise.file()), new Git(root).shipped(exercise.file()));
        out.println("Reset " + exercise.file() + "; your version is in " + root.relativize(backup));
        return 0;
    }

    /** Brings back the newest backup, after keeping the current file too: restoring loses nothing either. */
    private int restore(Exercise exercise) throws Exception {
        Backups backups = new Backups(root);
        Optional<Path> latest = backups.latest(exercise);
        if (latest.isEmpty()) {
            return bad("no backup of " + exercise.name() + " to restore (backups are made by ./workbook reset)");
        }
        Path current = backups.keep(exercise);
        Files.copy(latest.get(), root.resolve(exercise.file()), StandardCopyOption.REPLACE_EXISTING);
        Files.delete(latest.get()); // restored: it is the working file again; the file it replaced is kept
        out.println("Restored " + exercise.file() + " from " + root.relativize(latest.get()).getFileName()
                + "; the file it replaced is kept as " + root.relativize(current));
        return 0;
    }

    private int solution(Exercise exercise, boolean peek) throws Exception {
        if (!peek && progress.status(exercise) != Progress.Status.DONE) {
            out.println(exercise.name() + " is not done yet: solve it first (./workbook run " + exercise.name()
                    + "), or look anyway with ./workbook solution " + exercise.name() + " --peek");
            return 1;
        }
        Process diff = new ProcessBuilder("git", "diff", "--no-index", "--no-color", "--",
                exercise.file().toString(), exercise.solution().toString())
                .directory(root.toFile()).redirectErrorStream(true).start();
        String text = new String(diff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        diff.waitFor();
        out.println(text.isBlank() ? "Your file is the solution, to the letter." : "Your file → the solution:\n" + text);
        return 0;
    }

    private int solutionBranch() throws Exception {
        String commit = new SolutionBranch(root).create(catalog.exercises());
        out.println("Branch '" + SolutionBranch.BRANCH + "' (" + commit.substring(0, 7) + ") holds every solution; "
                + "your working tree is untouched. Try: git diff HEAD " + SolutionBranch.BRANCH);
        return 0;
    }

    private interface ExerciseCommand {
        int run(Exercise exercise) throws Exception;
    }

    private int withExercise(String name, ExerciseCommand command) throws Exception {
        if (name == null) {
            return bad("which exercise? e.g. ./workbook run " + catalog.names().getFirst() + " (./workbook list shows them all)");
        }
        Optional<Exercise> exercise = catalog.find(name);
        if (exercise.isEmpty()) {
            return bad("unknown exercise '" + name + "'" + Names.closest(name, catalog.names()));
        }
        return command.run(exercise.get());
    }

    private boolean confirm(String question) throws IOException {
        out.print(question);
        out.flush();
        String answer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        return answer != null && answer.strip().toLowerCase().startsWith("y");
    }

    private Judge judge() {
        if (judge == null) {
            judge = new Judge(root);
        }
        return judge;
    }

    private int help() {
        out.println("""
                ./workbook                      the board: every exercise as last checked, and the next one
                ./workbook watch [exercise]     judge the exercise on every save, move on when it passes
                ./workbook run <exercise>       judge one exercise now and show why it fails
                ./workbook verify               judge every exercise
                ./workbook list                 the exercises, their files and goal tests
                ./workbook hint <exercise>      one more hint (a nudge, the API, a sketch)
                ./workbook reset <exercise>     put the shipped exercise back (your file is kept)
                ./workbook restore <exercise>   bring back the file reset put aside
                ./workbook solution <exercise>  your file against the solution, once done (--peek: before)
                ./workbook solution-branch      a git branch 'solution' with every solution, working tree untouched
                ./workbook mistakes [exercise]  judge the catalogue of wrong fixes: each must be rejected with its words
                ./workbook prove                every solution passes, every shipped exercise fails (the test command)""");
        return 0;
    }

    private int bad(String problem) {
        err.println("workbook: " + problem);
        return 2;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 110 ? line.substring(0, 107) + "..." : line;
    }

    /** Closest valid names, for one-line answers to typos. */
    static final class Names {
        private Names() {
        }

        static String closest(String wrong, List<String> valid) {
            List<String> nearest = valid.stream()
                    .sorted(Comparator.comparingInt((String v) -> distance(wrong, v)).thenComparing(v -> v))
                    .limit(3).toList();
            return nearest.isEmpty() ? "" : "; closest: " + String.join(", ", nearest);
        }

        static int distance(String a, String b) {
            int[] previous = new int[b.length() + 1];
            for (int j = 0; j <= b.length(); j++) {
                previous[j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                int[] current = new int[b.length() + 1];
                current[0] = i;
                for (int j = 1; j <= b.length(); j++) {
                    int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                    current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                }
                previous = current;
            }
            return previous[b.length()];
        }
    }
}
