package workbook.kit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test as a goal: the shipped exercise fails it, the solution passes it.
 *
 * <p>Put it next to {@code @Test}. {@code ./workbook prove} judges the shipped exercise too: each goal
 * test must fail, with a message containing {@link #failsBecause()}, and every other test must pass,
 * or the proof goes red naming the exercise.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Tag("goal")
public @interface Goal {

    /** The exercise this test judges: a class the attendee edits in {@code src/exercise/java}. */
    Class<?> exercise();

    /** Words that the failure message holds when the shipped exercise fails for the intended reason. */
    String failsBecause();
}
