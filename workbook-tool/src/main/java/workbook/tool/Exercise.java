package workbook.tool;

import java.nio.file.Path;
import java.util.List;

/**
 * One exercise: a class the attendee edits, the goal tests that judge it, and its hints.
 *
 * @param name      what attendees type, e.g. {@code 01-greeter}
 * @param lesson    the lesson's folder, e.g. {@code lesson-01-sync}
 * @param className the class in {@code src/exercise/java}, e.g. {@code workbook.sync.Greeter}
 * @param hints     from a nudge to a sketch, one revealed per {@code ./workbook hint}
 * @param goals     the tests marked {@code @Goal(exercise = ThatClass.class)}
 */
public record Exercise(String name, String lesson, String className, List<String> hints, List<GoalTest> goals) {

    /** A goal test: a test class (fully qualified) and one of its methods. */
    public record GoalTest(String testClass, String method) {
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
}
