package workbook.tool;

import java.io.IOException;
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

/**
 * The exercises in the order to do them, read from {@code exercises.toml}, each joined with the goal
 * tests that name it and the test classes that judge it. One file holds the order and the hints, so
 * adding an exercise is one entry. The catalogue of wrong fixes ({@link Mistake}) is found beside each
 * lesson's exercises.
 */
public final class Catalog {

    public static final String FILE = "exercises.toml";

    private static final Pattern GOAL = Pattern.compile(
            "@Goal\\(\\s*exercise\\s*=\\s*(\\w+)\\.class.*?void\\s+(\\w+)\\s*\\(", Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);

    private final Path root;
    private final List<Exercise> exercises;
    private Mistake.Found mistakes;

    private Catalog(Path root, List<Exercise> exercises) {
        this.root = root;
        this.exercises = exercises;
    }

    public static Catalog load(Path root) throws IOException {
        List<Exercise> exercises = new ArrayList<>();
        Map<String, TestSources> testsByLesson = new LinkedHashMap<>();
        for (CatalogFile.Entry entry : CatalogFile.parse(Files.readString(root.resolve(FILE))).exercises()) {
            String lesson = entry.lesson();
            String className = entry.className();
            String simpleName = className.substring(className.lastIndexOf('.') + 1);
            TestSources tests = testsByLesson.computeIfAbsent(lesson, l -> TestSources.scan(root.resolve(l).resolve("src/test/java")));
            List<Exercise.TestMethod> judgedBy = tests.goals().getOrDefault(simpleName, List.of());
            List<String> testClasses;
            if (!entry.tests().isEmpty()) { // one class, several exercises: each takes its own test classes
                testClasses = entry.tests().stream().map(simple -> tests.classes().getOrDefault(simple, simple)).toList();
                judgedBy = judgedBy.stream().filter(goal -> testClasses.contains(goal.testClass())).toList();
            } else {
                testClasses = judgedBy.stream().map(Exercise.TestMethod::testClass).distinct().toList();
            }
            exercises.add(new Exercise(entry.name(), lesson, className, entry.hints(), judgedBy, testClasses));
        }
        return new Catalog(root, List.copyOf(exercises));
    }

    public List<Exercise> exercises() {
        return exercises;
    }

    /** By its name, or by its class's simple name. */
    public Optional<Exercise> find(String name) {
        return exercises.stream()
                .filter(e -> e.name().equals(name) || e.simpleName().equals(name))
                .findFirst();
    }

    public List<String> names() {
        return exercises.stream().map(Exercise::name).toList();
    }

    /**
     * The catalogue of wrong fixes (read on first use, so the board does not pay for it), with one line
     * for each file or folder in {@code src/mistakes} that breaks the contract.
     */
    public synchronized Mistake.Found mistakes() {
        if (mistakes == null) {
            mistakes = Mistake.scan(root, this);
        }
        return mistakes;
    }

    /** The mistakes of one exercise. */
    public List<Mistake> mistakes(Exercise exercise) {
        return mistakes().mistakes().stream().filter(m -> m.exercise().equals(exercise)).toList();
    }

    /**
     * The test classes of one lesson (simple name to fully qualified name) and its goal tests, keyed by the
     * simple name of the exercise class they judge.
     */
    record TestSources(Map<String, String> classes, Map<String, List<Exercise.TestMethod>> goals) {

        static TestSources scan(Path testSources) {
            Map<String, String> classes = new LinkedHashMap<>();
            Map<String, List<Exercise.TestMethod>> byExercise = new LinkedHashMap<>();
            if (!Files.isDirectory(testSources)) {
                return new TestSources(classes, byExercise);
            }
            try (Stream<Path> files = Files.walk(testSources)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted(Comparator.comparing(Path::toString)).toList()) {
                    String source = Files.readString(file);
                    Matcher pkg = PACKAGE.matcher(source);
                    String simpleName = file.getFileName().toString().replace(".java", "");
                    String testClass = (pkg.find() ? pkg.group(1) + "." : "") + simpleName;
                    classes.put(simpleName, testClass);
                    Matcher goal = GOAL.matcher(source);
                    while (goal.find()) {
                        byExercise.computeIfAbsent(goal.group(1), k -> new ArrayList<>())
                                .add(new Exercise.TestMethod(testClass, goal.group(2)));
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new TestSources(classes, byExercise);
        }
    }
}
