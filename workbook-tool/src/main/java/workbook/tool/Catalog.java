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
 * tests that name it. One file holds the order and the hints, so adding an exercise is one entry.
 */
public final class Catalog {

    public static final String FILE = "exercises.toml";

    private static final Pattern GOAL = Pattern.compile(
            "@Goal\\(\\s*exercise\\s*=\\s*(\\w+)\\.class.*?void\\s+(\\w+)\\s*\\(", Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);

    private final List<Exercise> exercises;

    private Catalog(List<Exercise> exercises) {
        this.exercises = exercises;
    }

    public static Catalog load(Path root) throws IOException {
        List<Exercise> exercises = new ArrayList<>();
        Map<String, Map<String, List<Exercise.GoalTest>>> goalsByLesson = new LinkedHashMap<>();
        for (Map<String, String> entry : Toml.tables(Files.readString(root.resolve(FILE)), "exercise")) {
            String lesson = entry.get("lesson");
            String className = entry.get("class");
            String simpleName = className.substring(className.lastIndexOf('.') + 1);
            Map<String, List<Exercise.GoalTest>> goals = goalsByLesson.computeIfAbsent(lesson,
                    l -> goalTests(root.resolve(l).resolve("src/test/java")));
            List<String> hints = Stream.of("hint1", "hint2", "hint3").map(entry::get).filter(h -> h != null).toList();
            List<Exercise.GoalTest> judgedBy = goals.getOrDefault(simpleName, List.of());
            if (entry.containsKey("tests")) { // one class, several exercises: each takes its own test classes' goals
                List<String> testClasses = List.of(entry.get("tests").split("\\s*,\\s*"));
                judgedBy = judgedBy.stream()
                        .filter(goal -> testClasses.contains(goal.testClass().substring(goal.testClass().lastIndexOf('.') + 1)))
                        .toList();
            }
            exercises.add(new Exercise(entry.get("name"), lesson, className, hints, judgedBy));
        }
        return new Catalog(List.copyOf(exercises));
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

    /** Goal tests of one lesson, keyed by the simple name of the exercise class they judge. */
    static Map<String, List<Exercise.GoalTest>> goalTests(Path testSources) {
        Map<String, List<Exercise.GoalTest>> byExercise = new LinkedHashMap<>();
        if (!Files.isDirectory(testSources)) {
            return byExercise;
        }
        try (Stream<Path> files = Files.walk(testSources)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted(Comparator.comparing(Path::toString)).toList()) {
                String source = Files.readString(file);
                Matcher pkg = PACKAGE.matcher(source);
                String testClass = (pkg.find() ? pkg.group(1) + "." : "") + file.getFileName().toString().replace(".java", "");
                Matcher goal = GOAL.matcher(source);
                while (goal.find()) {
                    byExercise.computeIfAbsent(goal.group(1), k -> new ArrayList<>())
                            .add(new Exercise.GoalTest(testClass, goal.group(2)));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return byExercise;
    }
}
