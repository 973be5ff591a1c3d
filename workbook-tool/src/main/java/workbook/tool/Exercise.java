package workbook.tool;

import java.nio.file.Path;
import java.util.List;

/**
 * One exercise: a class the attendee edits, the tests that judge it, and its hints.
 *
 * @param name        what attendees type, e.g. {@code 01-greeter}
 * @param lesson      the lesson's folder, e.g. {@code lesson-01-sync}
 * @param className   the class in {@code src/exercise/java}, e.g. {@code workbook.sync.Greeter}
 * @param hints       from a nudge to a sketch, one revealed per {@code ./workbook hint}
 * @param goals       the tests marked {@code @Goal(exercise = ThatClass.class)}
 * @param testClasses the test classes (fully qualified) whose every test judges it: those holding its goal
 *                    tests, or the {@code tests} key of its entry when one class holds several exercises
 */
public record Exercise(String name, String lesson, String className, List<String> hints, List<TestMethod> goals,
        List<String> testClasses) {

    /** A test: a test class (fully qualified) and one of its methods. */
    public record TestMethod(String testClass, String method) {
        @Override
        public String toString() {
            return testClass.substring(testClass.lastIndexOf('.') + 1) + "." + method;
        }
    }

    public String simpleName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** The attendee's file, relative to the repository root. */
    public Path file() {
        return Path.of(lesson, "src/exercise/java", className.replace('.', '/') + ".java");
    }

    /** The same class done right. */
    public Path solution() {
        return Path.of(lesson, "src/solution/java", className.replace('.', '/') + ".java");
    }

    /** Where its catalogue of wrong fixes lives: one folder per mistake, each holding the whole class. */
    public Path mistakes() {
        return Path.of(lesson, "src/mistakes", name);
    }
}
