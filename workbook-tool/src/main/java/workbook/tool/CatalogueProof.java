package workbook.tool;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

/**
 * Proves the catalogue with the attendee's own judge: every solution is done, every shipped exercise fails
 * each goal test for its stated reason, and every mistake of the catalogue is rejected with its words.
 * The exercises are judged as committed ({@link Shipped}), so an attendee's solved working tree changes
 * nothing; the lessons' tests are taken as they are.
 *
 * <p>{@code ./workbook prove} runs it twice, side by side, with the common pool's parallelism at 1 and at 7:
 * no verdict may depend on the number of cores.
 */
public final class CatalogueProof {

    private final Catalog catalog;
    private final Judge judge;
    private final Shipped shipped;
    private final Path root;
    private final PrintStream out;

    CatalogueProof(Path root, Catalog catalog, PrintStream out) throws IOException, InterruptedException {
        this(root, catalog, catalog.exercises(), out);
    }

    /**
     * A proof of {@code exercises} only. In {@code ./workbook prove}, which copies the exercises out of git once and
     * names the copy in {@value #SHIPPED}, every lane judges that copy and shares the compiled lessons and attempts:
     * a lesson judged at two parallelisms is compiled once.
     */
    CatalogueProof(Path root, Catalog catalog, List<Exercise> exercises, PrintStream out) throws IOException, InterruptedException {
        this.root = root;
        this.catalog = catalog;
        this.out = out;
        List<String> lessons = exercises.stream().map(Exercise::lesson).distinct().toList();
        String exported = System.getProperty(SHIPPED);
        if (exported != null) {
            this.shipped = Shipped.exportedAt(root, lessons, Path.of(exported));
            this.judge = new Judge(root, shipped.folder(), lanesFolder(root).resolve("classes"));
        } else {
            Path state = root.resolve(".workbook").resolve("proof-" + ForkJoinPool.getCommonPoolParallelism());
            this.shipped = Shipped.export(root, lessons, state.resolve("shipped"));
            this.judge = new Judge(root, shipped.folder(), state.resolve("classes"));
        }
    }

    /** The system property naming the exercises {@code ./workbook prove} copied out of git, for every lane. */
    static final String SHIPPED = "workbook.proof.shipped";
    /** Where the lanes keep what they share: the compiled lessons and attempts, and each lane's log. */
    static Path lanesFolder(Path root) {
        return root.resolve(".workbook").resolve("catalogue");
    }

    /**
     * {@code ./workbook prove}'s second part: exit code 0 when the whole catalogue holds. Exercise names as
     * arguments judge only those (e.g. while writing a lesson's catalogue).
     */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("workbook.root", ".")).toAbsolutePath().normalize();
        Catalog catalog = Catalog.load(root);
        List<Exercise> only = new ArrayList<>();
        for (String name : args) {
            Optional<Exercise> exercise = catalog.find(name);
            if (exercise.isEmpty()) {
                System.err.println("workbook prove: unknown exercise '" + name + "'" + Main.Names.closest(name, catalog.names()));
                System.exit(2);
            }
            only.add(exercise.get());
        }
        List<Exercise> exercises = only.isEmpty() ? catalog.exercises() : only;
        System.exit(new CatalogueProof(root, catalog, exercises, System.out).prove(exercises));
    }

    /** How one mistake fared. */
    enum Outcome {
        REJECTED_WITH_ITS_WORDS, REJECTED_FOR_ANOTHER_REASON, ACCEPTED, REJECTED_WITHOUT_A_SENTENCE
    }

    static Outcome outcome(Mistake mistake, Verdict verdict) {
        if (verdict.done()) {
            return Outcome.ACCEPTED;
        }
        if (!verdict.firstProblem().contains(mistake.rejectedWith())) {
            return Outcome.REJECTED_FOR_ANOTHER_REASON;
        }
        return bareFirstLine(verdict).isEmpty() ? Outcome.REJECTED_WITH_ITS_WORDS : Outcome.REJECTED_WITHOUT_A_SENTENCE;
    }

    /**
     * The first line of a verdict's first failure when it is no teaching sentence (a bare assertion, a library's output,
     * an exception's name): what the attendee would read first, and learn nothing from. Empty when it opens with a sentence.
     */
    static Optional<String> bareFirstLine(Verdict verdict) {
        if (verdict.compileError() != null || verdict.failures().isEmpty()) {
            return Optional.empty();
        }
        Verdict.Failure first = verdict.failures().getFirst();
        return first.opensWithASentence() ? Optional.empty() : Optional.of(first.test() + ": " + oneLine(first.firstLine()));
    }

    /** {@code ./workbook mistakes [NAME]}: judges the mistakes of one exercise, or of all. */
    int mistakes(Optional<Exercise> only) {
        long start = System.nanoTime();
        out.println(shipped.describe() + ".");
        int broken = reportProblems();
        List<Mistake> mistakes = only.map(catalog::mistakes).orElse(catalog.mistakes().mistakes());
        if (mistakes.isEmpty()) {
            out.println("No mistakes in the catalogue" + only.map(e -> " for " + e.name()).orElse("")
                    + " (they live in <lesson>/src/mistakes/<exercise>/<slug>/<Class>.java).");
        }
        int[] counts = new int[Outcome.values().length];
        for (Mistake mistake : mistakes) {
            Verdict verdict = judgeSteadily(mistake.exercise(), root.resolve(mistake.file()), Judge.Scope.UNTIL_FIRST_FAILURE);
            Outcome outcome = outcome(mistake, verdict);
            counts[outcome.ordinal()]++;
            out.println(line(mistake, verdict, outcome));
        }
        out.printf("%d mistake%s: %d rejected with their words, %d rejected for another reason, %d accepted%s (%.1f s).%n",
                mistakes.size(), mistakes.size() == 1 ? "" : "s", counts[0], counts[1], counts[2],
                counts[3] == 0 ? "" : ", " + counts[3] + " rejected with a verdict that opens with no sentence",
                seconds(System.nanoTime() - start));
        return broken + counts[1] + counts[2] + counts[3] == 0 ? 0 : 1;
    }

    static String line(Mistake mistake, Verdict verdict, Outcome outcome) {
        String first = headline(verdict);
        return switch (outcome) {
            case ACCEPTED -> "✘ %s: ACCEPTED (should be rejected): %s".formatted(mistake.name(), mistake.note());
            case REJECTED_WITH_ITS_WORDS -> "✔ %s: rejected with \"%s\": %s".formatted(mistake.name(), mistake.rejectedWith(), first);
            case REJECTED_FOR_ANOTHER_REASON -> "✘ %s: rejected, but the first failure lacks \"%s\": %s"
                    .formatted(mistake.name(), mistake.rejectedWith(), first);
            case REJECTED_WITHOUT_A_SENTENCE -> "✘ %s: rejected with \"%s\", but the verdict opens with no sentence: %s"
                    .formatted(mistake.name(), mistake.rejectedWith(), bareFirstLine(verdict).orElse(first));
        };
    }

    private int reportProblems() {
        for (String problem : catalog.mistakes().problems()) {
            out.println("✘ " + problem);
        }
        return catalog.mistakes().problems().size();
    }

    /** Solutions, shipped exercises and mistakes, exercise by exercise; a table, then a summary. */
    int prove(List<Exercise> exercises) {
        long start = System.nanoTime();
        out.printf("The catalogue of %s, judged by ./workbook with the common pool's parallelism at %d; %s.%n",
                String.join(", ", exercises.stream().map(Exercise::lesson).distinct().toList()),
                ForkJoinPool.getCommonPoolParallelism(), shipped.describe());
        List<String> red = new ArrayList<>();
        for (String problem : catalog.mistakes().problems()) {
            red.add(problem);
        }
        out.printf("%-28s %-10s %-10s %s%n", "exercise", "solution", "shipped", "mistakes");
        int solutions = 0;
        int failing = 0;
        int rejected = 0;
        int mistakeCount = 0;
        for (Exercise exercise : exercises) {
            Verdict solution = judgeSteadily(exercise, root.resolve(exercise.solution()), Judge.Scope.EVERY_TEST);
            if (solution.done()) {
                solutions++;
            } else {
                red.add(exercise.name() + ": the solution is not done: " + headline(solution));
            }
            Verdict asShipped = judgeSteadily(exercise, shipped.folder().resolve(exercise.file()), Judge.Scope.EVERY_TEST);
            List<String> wrong = shippedProblems(exercise, asShipped);
            if (wrong.isEmpty()) {
                failing++;
            } else {
                wrong.forEach(w -> red.add(exercise.name() + ": as shipped, " + w));
            }
            List<Mistake> mistakes = catalog.mistakes(exercise);
            if (mistakes.size() < FEWEST_MISTAKES) {
                red.add(exercise.name() + ": " + mistakes.size() + " wrong fixes in its catalogue, expected at least "
                        + FEWEST_MISTAKES + " (src/mistakes/" + exercise.name() + "/<slug>/)");
            }
            int ok = 0;
            for (Mistake mistake : mistakes) {
                Verdict verdict = judgeSteadily(exercise, root.resolve(mistake.file()), Judge.Scope.UNTIL_FIRST_FAILURE);
                Outcome outcome = outcome(mistake, verdict);
                if (outcome == Outcome.REJECTED_WITH_ITS_WORDS) {
                    ok++;
                } else {
                    red.add(line(mistake, verdict, outcome).substring(2));
                }
            }
            mistakeCount += mistakes.size();
            rejected += ok;
            out.printf("%-28s %-10s %-10s %s%n", exercise.name(),
                    mark(solution.done()) + " " + "%.1fs".formatted(seconds(solution.total().toNanos())),
                    mark(wrong.isEmpty()) + " " + "%.1fs".formatted(seconds(asShipped.total().toNanos())),
                    mistakes.isEmpty() ? "none" : mark(ok == mistakes.size()) + " " + ok + "/" + mistakes.size());
        }
        for (String problem : red) {
            out.println("✘ " + problem);
        }
        out.printf("%d of %d solutions done; %d of %d shipped exercises fail for their stated reasons; "
                        + "%d of %d mistakes rejected with their words (parallelism %d, %.1f s%s).%n",
                solutions, exercises.size(), failing, exercises.size(), rejected, mistakeCount,
                ForkJoinPool.getCommonPoolParallelism(), seconds(System.nanoTime() - start),
                judgedAgain == 0 ? "" : "; " + judgedAgain + " verdict(s) judged again, the machine too busy the first time");
        return red.isEmpty() ? 0 : 1;
    }

    /** The fewest wrong fixes an exercise's catalogue may hold: a hurried attendee finds more ways than that. */
    static final int FEWEST_MISTAKES = 5;

    /** How many verdicts were judged again because a test could not judge on a busy machine. */
    private int judgedAgain;

    /**
     * A verdict, judged again ({@link #AGAIN} times at most, after a growing pause) while a test says the machine was
     * too busy to judge, or its first failure is a claim late on a busy machine: as an attendee would run it again.
     * Such a test never counts as passed, so a wrong fix is never "done" for it.
     */
    private Verdict judgeSteadily(Exercise exercise, Path file, Judge.Scope scope) {
        Verdict verdict = judge.judge(exercise, file, scope, Judge.Listener.NONE);
        for (int again = 0; again < AGAIN && busy(verdict); again++) {
            judgedAgain++;
            pause(Duration.ofSeconds(2L << again)); // a burst of load passes: 2, 4, 8, 16 s
            verdict = judge.judge(exercise, file, scope, Judge.Listener.NONE);
        }
        return verdict;
    }

    /** How many times a verdict the machine kept from judging is judged again. */
    private static final int AGAIN = 4;

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A test could not judge, or the first failure is a claim late while the machine was busy. */
    private static boolean busy(Verdict verdict) {
        return verdict.failures().stream().anyMatch(Verdict.Failure::machineTooBusy)
                || !verdict.failures().isEmpty() && verdict.failures().getFirst().lateOnABusyMachine();
    }

    /** A shipped exercise fails every goal test for its stated reason, and no other test. */
    static List<String> shippedProblems(Exercise exercise, Verdict verdict) {
        List<String> problems = new ArrayList<>();
        if (verdict.compileError() != null) {
            problems.add("does not compile: " + oneLine(verdict.compileError()));
            return problems;
        }
        for (Exercise.TestMethod goal : exercise.goals()) {
            // A parameterized goal test fails once per invocation: each failure must be for the stated reason.
            List<Verdict.Failure> failures = verdict.failures().stream().filter(f -> f.test().equals(goal)).toList();
            if (failures.isEmpty()) {
                problems.add("goal test " + goal + " passes (a shipped exercise must fail it)");
            }
            failures.stream().filter(f -> !f.assertion() || f.failsBecause() == null || !f.message().contains(f.failsBecause()))
                    .findFirst().ifPresent(f -> problems.add("goal test " + goal + " fails, but not for its stated reason (\""
                            + f.failsBecause() + "\"): " + oneLine(f.message())));
        }
        for (Verdict.Failure failure : verdict.failures()) {
            if (!exercise.goals().contains(failure.test())) {
                problems.add("test " + failure.test() + " fails, and it is no goal test: " + oneLine(failure.message()));
            }
        }
        bareFirstLine(verdict).ifPresent(bare -> problems.add("the verdict opens with no sentence: " + bare));
        return problems;
    }

    /** The first failure's test and teaching sentence (the library's words only when there is no sentence). */
    private static String headline(Verdict verdict) {
        if (verdict.compileError() != null || verdict.failures().isEmpty()) {
            return oneLine(verdict.firstProblem());
        }
        Verdict.Failure first = verdict.failures().getFirst();
        return first.test() + ": " + oneLine(first.sentence().isEmpty() ? first.detail() : first.sentence());
    }

    private static String mark(boolean ok) {
        return ok ? "✔" : "✘";
    }

    private static String oneLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
