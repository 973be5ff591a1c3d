import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The attendee's companion: which exercises are done, which is next, and why one still fails.
 *
 * <p>An exercise is a class in a lesson's {@code src/exercise/java}; its goal tests are the tests
 * marked {@code @Goal(exercise = ThatClass.class, ...)}. It is done when all of them pass against
 * the attendee's code. Launched by {@code ./workbook}, which finds the JDK.
 */
final class Workbook {

    record GoalTest(String testClass, String method) {}

    record Exercise(String lesson, String className, Path file, List<GoalTest> goals) {
        String id() {
            return lesson.substring("lesson-".length(), "lesson-".length() + 2) + "-" + kebab(className);
        }
    }

    record Verdict(boolean done, String firstFailure) {}

    private static final Pattern GOAL = Pattern.compile(
            "@Goal\\(\\s*exercise\\s*=\\s*(\\w+)\\.class.*?void\\s+(\\w+)\\s*\\(", Pattern.DOTALL);

    private final Path root;

    Workbook(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Workbook workbook = new Workbook(Path.of(System.getProperty("workbook.root", ".")).toAbsolutePath().normalize());
        String command = args.length == 0 ? "board" : args[0];
        int status = switch (command) {
            case "board" -> workbook.board();
            case "list" -> workbook.list();
            case "run" -> args.length == 2 ? workbook.run(args[1]) : usage("run needs one exercise, e.g. ./workbook run 01-greeter");
            case "help", "-h", "--help" -> help();
            default -> usage("unknown command '" + command + "'" + closest(command, List.of("list", "run", "help")));
        };
        System.exit(status);
    }

    /** Every exercise, in lesson order. */
    List<Exercise> exercises() throws IOException {
        List<Exercise> all = new ArrayList<>();
        try (Stream<Path> lessons = Files.list(root)) {
            for (Path lesson : lessons.filter(p -> p.getFileName().toString().matches("lesson-\\d\\d-.*")).sorted().toList()) {
                Map<String, List<GoalTest>> goals = goalTests(lesson.resolve("src/test/java"));
                for (Path file : javaFiles(lesson.resolve("src/exercise/java"))) {
                    String className = file.getFileName().toString().replace(".java", "");
                    all.add(new Exercise(lesson.getFileName().toString(), className, root.relativize(file),
                            goals.getOrDefault(className, List.of())));
                }
            }
        }
        return all;
    }

    int list() throws IOException {
        for (Exercise exercise : exercises()) {
            System.out.printf("%-30s %s%n", exercise.id(), exercise.file());
        }
        return 0;
    }

    /** Runs every goal test of every lesson against the attendee's code and prints the board. */
    int board() throws Exception {
        List<Exercise> exercises = exercises();
        List<String> lessons = exercises.stream().map(Exercise::lesson).distinct().toList();
        System.out.println("Running the goal tests of " + exercises.size() + " exercises in " + lessons.size()
                + " lessons against your code (this takes a minute or two)...");
        runMaven(lessons, "-Dgroups=goal");
        Exercise next = null;
        int done = 0;
        System.out.printf("%n  %-28s %-9s %s%n", "exercise", "status", "first failure");
        for (Exercise exercise : exercises) {
            Verdict verdict = verdict(exercise);
            if (verdict.done()) {
                done++;
            } else if (next == null) {
                next = exercise;
            }
            System.out.printf("  %-28s %-9s %s%n", exercise.id(), verdict.done() ? "done" : "not yet",
                    verdict.done() ? "" : firstLine(verdict.firstFailure()));
        }
        System.out.printf("%n%d of %d done.%n", done, exercises.size());
        if (next != null) {
            System.out.println("Next: " + next.id() + ", edit " + next.file() + " and run ./workbook run " + next.id());
        }
        return 0;
    }

    /** Runs one exercise's goal tests and shows the whole first failure. */
    int run(String name) throws Exception {
        List<Exercise> exercises = exercises();
        Optional<Exercise> found = exercises.stream()
                .filter(e -> e.id().equals(name) || e.className().equals(name) || kebab(e.className()).equals(name))
                .findFirst();
        if (found.isEmpty()) {
            return usage("unknown exercise '" + name + "'" + closest(name, exercises.stream().map(Exercise::id).toList()));
        }
        Exercise exercise = found.get();
        String tests = String.join(",", exercise.goals().stream().map(g -> g.testClass() + "#" + g.method()).toList());
        runMaven(List.of(exercise.lesson()), "-Dtest=" + tests);
        Verdict verdict = verdict(exercise);
        System.out.println();
        if (verdict.done()) {
            System.out.println("✔ " + exercise.id() + " is done: all " + exercise.goals().size() + " goal tests pass.");
        } else {
            System.out.println("✘ " + exercise.id() + " is not done yet (" + exercise.file() + "):");
            System.out.println(verdict.firstFailure().indent(2).stripTrailing());
        }
        return verdict.done() ? 0 : 1;
    }

    private void runMaven(List<String> lessons, String selection) throws IOException, InterruptedException {
        for (String lesson : lessons) {
            deleteRecursively(root.resolve(lesson).resolve("target/surefire-reports"));
        }
        Process maven = new ProcessBuilder(root.resolve("mvnw").toString(), "-q", "--fail-at-end",
                "-pl", String.join(",", lessons), "test", selection,
                "-Dsurefire.failIfNoSpecifiedTests=false", "-Dmaven.test.failure.ignore=true", "-DtrimStackTrace=true")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile())
                .start();
        maven.waitFor();
    }

    private java.io.File logFile() throws IOException {
        Files.createDirectories(root.resolve(".workbook"));
        return root.resolve(".workbook/maven.log").toFile();
    }

    /** Reads the surefire reports of the exercise's lesson. */
    private Verdict verdict(Exercise exercise) throws Exception {
        if (exercise.goals().isEmpty()) {
            return new Verdict(false, "this exercise has no goal tests yet");
        }
        Path reports = root.resolve(exercise.lesson()).resolve("target/surefire-reports");
        for (GoalTest goal : exercise.goals()) {
            Path report = findReport(reports, goal.testClass());
            if (report == null) {
                return new Verdict(false, "did not run: does the lesson compile? See .workbook/maven.log");
            }
            Optional<String> failure = failureOf(report, goal.method());
            if (failure == null) {
                return new Verdict(false, goal.testClass() + "." + goal.method() + " did not run");
            }
            if (failure.isPresent()) {
                return new Verdict(false, failure.get());
            }
        }
        return new Verdict(true, "");
    }

    private static Path findReport(Path reports, String testClass) throws IOException {
        if (!Files.isDirectory(reports)) {
            return null;
        }
        try (Stream<Path> files = Files.list(reports)) {
            return files.filter(p -> p.getFileName().toString().matches("TEST-.*\\." + testClass + "\\.xml"))
                    .findFirst().orElse(null);
        }
    }

    /** Empty when the test passed, the failure message when it failed, null when it did not run. */
    private static Optional<String> failureOf(Path report, String method) throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        NodeList cases = document.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            if (!testCase.getAttribute("name").equals(method)) {
                continue;
            }
            for (String kind : List.of("failure", "error")) {
                NodeList problems = testCase.getElementsByTagName(kind);
                if (problems.getLength() > 0) {
                    Element problem = (Element) problems.item(0);
                    String message = problem.getAttribute("message");
                    return Optional.of(message.isBlank() ? problem.getAttribute("type") : message);
                }
            }
            return testCase.getElementsByTagName("skipped").getLength() > 0 ? null : Optional.empty();
        }
        return null;
    }

    private static Map<String, List<GoalTest>> goalTests(Path testSources) throws IOException {
        Map<String, List<GoalTest>> byExercise = new LinkedHashMap<>();
        for (Path file : javaFiles(testSources)) {
            String testClass = file.getFileName().toString().replace(".java", "");
            Matcher goal = GOAL.matcher(Files.readString(file));
            while (goal.find()) {
                byExercise.computeIfAbsent(goal.group(1), k -> new ArrayList<>()).add(new GoalTest(testClass, goal.group(2)));
            }
        }
        return byExercise;
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    static String kebab(String className) {
        return className.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").replaceAll("^\\[", "");
        return line.length() > 110 ? line.substring(0, 107) + "..." : line;
    }

    /** ", did you mean 'x'?" for the nearest valid name, by edit distance. */
    static String closest(String wrong, List<String> valid) {
        return valid.stream().min(Comparator.comparingInt(v -> distance(wrong, v)))
                .map(v -> " (did you mean '" + v + "'? valid: " + String.join(", ", valid) + ")").orElse("");
    }

    private static int distance(String a, String b) {
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

    private static int help() {
        System.out.println("""
                ./workbook              run every exercise's goal tests and show the board
                ./workbook list         list the exercises and their files
                ./workbook run <name>   run one exercise's goal tests and show why it fails
                ./workbook prove        (maintainers) prove every solution passes and every shipped exercise fails""");
        return 0;
    }

    private static int usage(String problem) {
        System.err.println("workbook: " + problem);
        return 2;
    }
}
