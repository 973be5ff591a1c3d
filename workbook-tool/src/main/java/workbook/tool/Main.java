package workbook.tool;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./workbook} and its commands (picocli). Bad input gets one line with the closest names, and exit code 2. */
@Command(name = "./workbook", usageHelpAutoWidth = true,
        description = "Without a command: the board, every exercise as last judged, and the next one to do.",
        footer = {"", "./workbook prove: every solution passes, every shipped exercise fails (the test command)."})
public final class Main implements Callable<Integer> {

    private static final String EXERCISE = "EXERCISE";
    private static final String ABOUT_EXERCISE = "e.g. 01-greeter; ./workbook list shows them all";
    /** The commands in the order an attendee meets them (picocli would sort them by name). */
    private static final List<String> ORDER = List.of("watch", "run", "verify", "hint", "reset", "restore", "solution",
            "solution-branch", "list", "book", "trace", "doctor", "mistakes", "help");

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = CommandLine.ScopeType.INHERIT, description = "this help")
    private boolean help;

    private final Path root;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final boolean terminal;
    private final Catalog catalog;
    private final Progress progress;
    private Judge judge;
    private CommandLine commandLine;

    Main(Path root, PrintStream out, PrintStream err, InputStream in, boolean terminal) throws IOException {
        this.root = root;
        this.out = out;
        this.err = err;
        this.in = in;
        this.terminal = terminal;
        this.catalog = Catalog.load(root);
        this.progress = new Progress(root);
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("workbook.root", ".")).toAbsolutePath().normalize();
        System.exit(new Main(root, System.out, System.err, System.in, true).run(args));
    }

    int run(String... args) {
        if (args.length == 0) {
            return call(); // the board, the command typed most, without loading picocli (its old class files miss the CDS archive)
        }
        commandLine = new CommandLine(this);
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setParameterExceptionHandler((problem, arguments) -> bad(oneLine(problem)));
        commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> {
            StringBuilder list = new StringBuilder();
            for (String name : ORDER) {
                list.append("  %-16s %s%n".formatted(name, commandLine.getSubcommands().get(name).getCommandSpec().usageMessage().description()[0]));
            }
            return list.toString();
        });
        return commandLine.execute(args);
    }

    /** No command: the board. */
    @Override
    public Integer call() {
        new Board(catalog, progress).print(out);
        return 0;
    }

    @Command(name = "list", description = "The exercises, their files and goal tests.")
    int list() {
        for (Exercise exercise : catalog.exercises()) {
            out.printf("%-28s %-60s %s%n", exercise.name(), exercise.file(), Screen.count(exercise.goals().size(), "goal test"));
        }
        return 0;
    }

    @Command(name = "run", description = "Judge one exercise now and show why it fails.")
    int run(@Parameters(paramLabel = EXERCISE, arity = "0..1", description = ABOUT_EXERCISE) String name) {
        return withExercise("run", name, exercise -> {
            String fingerprint = progress.fingerprint(exercise);
            Verdict verdict;
            try (Ticker ticker = new Ticker(exercise, out, screen())) {
                verdict = judge().judge(exercise, root.resolve(exercise.file()), true, ticker); // one failure is shown
            }
            progress.record(exercise, fingerprint, verdict);
            String timing = "%.2f s: compile %.2f s, tests %.2f s".formatted(seconds(verdict.total()),
                    seconds(verdict.compiling()), seconds(verdict.testing()));
            if (verdict.done()) {
                out.println("✔ " + exercise.name() + " is done: "
                        + (verdict.tests() == 1 ? "its test passes" : "its " + verdict.tests() + " tests pass")
                        + " (" + Screen.count(verdict.goals(), "goal test") + ") " + screen().dim("(" + timing + ")"));
                if (verdict.timeline() != null) {
                    out.println(screen().dim(verdict.timeline().indent(2).stripTrailing()));
                }
                return 0;
            }
            if (verdict.notJudged()) { // a timing the machine may have broken: no verdict on the code
                out.println("? " + exercise.name() + " could not be judged " + screen().dim("(" + exercise.file() + "; " + timing + ")") + ":");
                out.println(screen().problem(verdict).indent(2).stripTrailing());
                return 1;
            }
            out.println("✘ " + exercise.name() + " is not done yet " + screen().dim("(" + exercise.file() + "; " + timing + ")") + ":");
            out.println(screen().problem(verdict).indent(2).stripTrailing());
            out.println("  Stuck? ./workbook hint " + exercise.name());
            return 1;
        });
    }

    @Command(name = "verify", description = "Judge every exercise.")
    int verify() {
        int failing = 0;
        for (Exercise exercise : catalog.exercises()) {
            String fingerprint = progress.fingerprint(exercise);
            Verdict verdict = judge().judge(exercise, root.resolve(exercise.file()), true, Judge.Listener.NONE);
            progress.record(exercise, fingerprint, verdict);
            out.printf("%-10s %-28s %s%n", verdict.done() ? "✔ done" : verdict.notJudged() ? "? not judged" : "✘ not yet", exercise.name(),
                    verdict.done() ? "" : firstLine(Screen.headline(verdict)));
            failing += verdict.done() ? 0 : 1;
        }
        out.printf("%n%d of %d done.%n", catalog.exercises().size() - failing, catalog.exercises().size());
        return failing == 0 ? 0 : 1;
    }

    @Command(name = "watch", description = {"Judge the exercise on every save, move on when it passes.",
            "Without EXERCISE: the first one not done. Single keys, no Enter: h hint, n next, l list, q quit."})
    int watch(@Parameters(paramLabel = EXERCISE, arity = "0..1", description = ABOUT_EXERCISE) String name) throws Exception {
        Optional<Exercise> start = name == null
                ? catalog.exercises().stream().filter(e -> progress.status(e) != Progress.Status.DONE).findFirst()
                : catalog.find(name);
        if (start.isEmpty()) {
            if (name != null) {
                return bad("unknown exercise '" + name + "'" + Names.closest(name, catalog.names()));
            }
            out.println("Every exercise is done. ./workbook verify judges them again.");
            return 0;
        }
        try (Keys keys = terminal ? Keys.terminal() : Keys.lines(in)) {
            new Watch(root, catalog, judge(), progress, out, keys, screen()).run(start.get());
        }
        return 0;
    }

    @Command(name = "hint", description = "The next hint (a nudge, then the API, then a sketch).")
    int hint(@Option(names = "--all", description = "every hint seen so far, not one more") boolean all,
             @Parameters(paramLabel = EXERCISE, arity = "0..1", description = ABOUT_EXERCISE) String name) {
        Hints hints = new Hints(progress);
        return withExercise("hint", name, e -> {
            out.println(all ? hints.seen(e) : hints.next(e));
            return 0;
        });
    }

    @Command(name = "reset", description = "Put the shipped exercise back (asks first; your file is kept).")
    int reset(@Option(names = {"-y", "--yes"}, description = "do not ask") boolean yes,
              @Parameters(paramLabel = EXERCISE, arity = "0..1", description = ABOUT_EXERCISE) String name) {
        return withExercise("reset", name, exercise -> {
            if (!yes && !confirm("Reset " + exercise.file() + " to the shipped exercise? Your version is kept, "
                    + "and ./workbook restore " + exercise.name() + " brings it back. [y/N] ")) {
                out.println("Nothing changed.");
                return 1;
            }
            Path backup = new Backups(root).keep(exercise);
            Files.write(root.resolve(exercise.file()), new Git(root).shipped(exercise.file()));
            progress.forget(exercise);
            out.println("Reset " + exercise.file() + "; your version is in " + root.relativize(backup));
            return 0;
        });
    }

    @Command(name = "restore", description = "Bring back the file reset put aside (the file it replaces is kept).")
    int restore(@Parameters(paramLabel = EXERCISE, arity = "0..1", description = ABOUT_EXERCISE) String name) {
        return withExercise("restore", name, exercise -> {
            Backups backups = new Backups(root);
            Optional<Path> latest = backups.latest(exercise);
            if (latest.isEmpty()) {
                return bad("no backup of " + exercise.name() + " to restore (backups are made by ./workbook reset)");
            }
            Path current = backups.keep(exercise);
            Files.copy(latest.get(), root.resolve(exercise.file()), StandardCopyOption.REPLACE_EXISTING);
            Files.delete(latest.get()); // restored: it is the working file again; the file it replaced is kept
            progress.forget(exercise);
            out.println("Restored " + exercise.file() + " from " + latest.get().getFileName()
                    + "; the file it replaced is kept as " + root.relativize(current)
                    + "\nNot judged yet: ./workbook run " + exercise.name());
            return 0;
        });
    }

    @Command(name = "solution", description = "Your file against the solution, once the exercise is done.")
    int solution(@Option(names = "--peek", description = "show it before it is done") boolean peek,
                 @Parameters(paramLabel = EXERCISE, arity = "0..1", description = ABOUT_EXERCISE) String name) {
        return withExercise("solution", name, exercise -> {
            if (!peek && progress.status(exercise) != Progress.Status.DONE) {
                out.println(exercise.name() + " is not done yet: solve it first (./workbook run " + exercise.name()
                        + "), or look anyway with ./workbook solution --peek " + exercise.name());
                return 1;
            }
            Process diff = new ProcessBuilder("git", "diff", "--no-index", "--no-color", "--",
                    exercise.file().toString(), exercise.solution().toString())
                    .directory(root.toFile()).redirectErrorStream(true).start();
            String text = new String(diff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            diff.waitFor();
            out.println(text.isBlank() ? "Your file is the solution, to the letter." : "Your file → the solution:\n" + text);
            return 0;
        });
    }

    @Command(name = "solution-branch", description = {"A git branch 'solution' holding every solution.", "Your working tree is untouched."})
    int solutionBranch() throws Exception {
        String commit = new SolutionBranch(root).create(catalog.exercises());
        out.println("Branch '" + SolutionBranch.BRANCH + "' (" + commit.substring(0, 7) + ") holds every solution; "
                + "your working tree is untouched. Try: git diff HEAD " + SolutionBranch.BRANCH);
        return 0;
    }

    @Command(name = "mistakes", description = {"Judge the catalogue of wrong fixes of one exercise (or all):",
            "each must be rejected, its first failure naming the mistake."})
    int mistakes(@Parameters(paramLabel = EXERCISE, arity = "0..1", description = ABOUT_EXERCISE) String name) throws Exception {
        CatalogueProof proof = new CatalogueProof(root, catalog, out);
        return name == null ? proof.mistakes(Optional.empty()) : withExercise("mistakes", name, e -> proof.mistakes(Optional.of(e)));
    }

    @Command(name = "book", description = {"Build the course book alone and say where it is.",
            "The solutions, the book's runs and checks, the polyglot runs it shows; not every lesson's tests."})
    int book() throws Exception {
        return new Book(root, out).build();
    }

    @Command(name = "trace", description = {"Step through a run of lesson 04's loop, frame by frame:",
            "a talk example or an ordering puzzle (without NAME: the list), as the book's steppers show it."})
    int trace(@Parameters(paramLabel = "NAME", arity = "0..1", description = "e.g. hi-jsconfeu or puzzle-07-await-chain")
              String name) throws Exception {
        return new LoopTrace(root, out, err).run(name);
    }

    @Command(name = "doctor", description = {"Before a workshop: JDK, offline build, optional tools.",
            "Is a JDK 25 there; is everything the exercises build with cached (fetched now if not, then checked",
            "with Maven offline); are python3, node and Chromium there for the optional parts?"})
    int doctor() throws Exception {
        return new Doctor(root, out).check();
    }

    @Command(name = "help", description = "This list, or one command's help.")
    int help(@Parameters(paramLabel = "COMMAND", arity = "0..1") String command) {
        CommandLine about = command == null ? commandLine : commandLine.getSubcommands().get(command);
        if (about == null) {
            return bad("unknown command '" + command + "'" + Names.closest(command, List.copyOf(commandLine.getSubcommands().keySet())));
        }
        about.usage(out);
        return 0;
    }

    private interface ExerciseCommand {
        int run(Exercise exercise) throws Exception;
    }

    private int withExercise(String command, String name, ExerciseCommand action) {
        if (name == null) {
            return bad("which exercise? e.g. ./workbook " + command + " " + catalog.names().getFirst()
                    + " (./workbook list shows them all)");
        }
        Optional<Exercise> exercise = catalog.find(name);
        if (exercise.isEmpty()) {
            return bad("unknown exercise '" + name + "'" + Names.closest(name, catalog.names()));
        }
        try {
            return action.run(exercise.get());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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

    private Screen screen() {
        return terminal ? Screen.detect() : new Screen(false);
    }

    private int bad(String problem) {
        err.println("workbook: " + problem);
        return 2;
    }

    /** picocli's complaint in one line, with the closest commands when a command was mistyped. */
    private static String oneLine(CommandLine.ParameterException problem) {
        CommandLine command = problem.getCommandLine();
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().getFirst();
            boolean isCommand = command.getParent() == null && !word.startsWith("-");
            List<String> valid = isCommand ? List.copyOf(command.getSubcommands().keySet())
                    : !word.startsWith("-") ? List.of()
                    : command.getCommandSpec().options().stream().flatMap(o -> List.of(o.names()).stream()).toList();
            return (isCommand ? "unknown command '" : "unknown argument '") + word + "'" + Names.closest(word, valid)
                    + (isCommand ? "" : " (./workbook " + command.getCommandName() + " --help)");
        }
        return problem.getMessage().lines().findFirst().orElse("bad arguments");
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 110 ? line.substring(0, 107) + "..." : line;
    }

    private static double seconds(java.time.Duration duration) {
        return duration.toNanos() / 1e9;
    }

    /** Closest valid names, for one-line answers to typos: names that start with what was typed come first. */
    static final class Names {
        private Names() {
        }

        static String closest(String wrong, List<String> valid) {
            List<String> starting = valid.stream().filter(v -> v.startsWith(wrong)).toList();
            List<String> nearest = (starting.isEmpty() ? valid : starting).stream()
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
