package workbook.kit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test as a goal: the shipped exercise fails it, the solution passes it.
 *
 * <p>Put it next to {@code @Test}. In a proof run ({@code ./mvnw verify -Pproof}) the exercise is
 * judged too, and {@link ProofExtension} turns the expectation around: the goal test must fail,
 * with a message containing {@link #failsBecause()}, or the build goes red naming the exercise.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Tag("goal")
@ExtendWith(ProofExtension.class)
public @interface Goal {

    /** The exercise this test judges: a class the attendee edits in {@code src/exercise/java}. */
    Class<?> exercise();

    /** Words that the failure message holds when the shipped exercise fails for the intended reason. */
    String failsBecause();
}
