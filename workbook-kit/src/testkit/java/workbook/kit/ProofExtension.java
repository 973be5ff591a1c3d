package workbook.kit;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Judges a {@link Goal} test against the shipped exercise, when the build asks for it.
 *
 * <p>With {@code -Dworkbook.judging=shipped-exercise} a goal test passes only if the code under test
 * fails it for the stated reason. That proves every exercise still has something to teach. In any
 * other run this extension does nothing.
 */
public final class ProofExtension implements TestExecutionExceptionHandler, AfterTestExecutionCallback {

    static final String JUDGING = "workbook.judging";
    static final String SHIPPED_EXERCISE = "shipped-exercise";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ProofExtension.class);

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (!judgingShippedExercise()) {
            throw failure;
        }
        Goal goal = goalOf(context);
        String message = String.valueOf(failure.getMessage());
        if (failure instanceof AssertionError && message.contains(goal.failsBecause())) {
            context.getStore(NAMESPACE).put(context.getUniqueId(), message);
            return; // the exercise fails as it should: in a proof run that is a pass
        }
        throw new AssertionError("""
                %s fails goal test %s, but not for its stated reason.
                  expected a failed assertion mentioning: "%s"
                  got: %s""".formatted(where(goal), testName(context), goal.failsBecause(), failure), failure);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (judgingShippedExercise() && context.getStore(NAMESPACE).get(context.getUniqueId()) == null) {
            Goal goal = goalOf(context);
            throw new AssertionError("""
                    %s no longer fails goal test %s.
                      A shipped exercise must fail its goal tests ("%s"): was the solution copied over it?"""
                    .formatted(where(goal), testName(context), goal.failsBecause()));
        }
    }

    static boolean judgingShippedExercise() {
        return SHIPPED_EXERCISE.equals(System.getProperty(JUDGING));
    }

    private static Goal goalOf(ExtensionContext context) {
        return context.getRequiredTestMethod().getAnnotation(Goal.class);
    }

    private static String testName(ExtensionContext context) {
        return context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
    }

    /** "The exercise lesson-01-sync/src/exercise/java/workbook/sync/Greeter.java". */
    private static String where(Goal goal) {
        Path lesson = Path.of(System.getProperty("user.dir")).getFileName();
        String file = goal.exercise().getName().replace('.', '/') + ".java";
        return "The exercise " + lesson + "/src/exercise/java/" + file;
    }
}
