package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import workbook.kit.Goal;

class RegistrationTest {

    private final List<String> reports = new CopyOnWriteArrayList<>();

    /** Fails every mail a little later, on another thread, as a real mail server would. */
    private static CompletableFuture<Void> serverDown(String person) {
        return CompletableFuture.runAsync(() -> {
            throw new IllegalStateException("mail server down");
        }, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
    }

    @Test
    @Goal(exercise = Registration.class, failsBecause = "never observed")
    void aFailedWelcomeMailFailsTheRegistration() throws Exception {
        Throwable outcome;
        try (FailureWatch watch = new FailureWatch(reports::add)) {
            CompletableFuture<String> registered = new Registration(RegistrationTest::serverDown, watch)
                    .register("Guido van Rossum");
            outcome = registered.handle((value, failure) -> failure).get(5, TimeUnit.SECONDS);
        } // the end of the scope: the watch reports what nobody observed

        assertThat(outcome).as("""
                register("Guido van Rossum") reported success although its welcome mail failed, and the \
                watch found %s. Expected the mail's failure to reach the caller: in Registration.register, \
                chain the answer on the mail's future instead of dropping it.""", reports)
                .isNotNull();
        assertThat(WaitingOnTheLoop.rootOf(outcome)).isEqualTo("IllegalStateException: mail server down");
        assertThat(reports).as("the failure reached the caller, so the watch should have nothing to report")
                .isEmpty();
    }

    @Test
    void aSentMailEndsInARegistration() throws Exception {
        try (FailureWatch watch = new FailureWatch(reports::add)) {
            String registered = new Registration(person -> CompletableFuture.completedFuture(null), watch)
                    .register("Luciano Ramalho").get(5, TimeUnit.SECONDS);

            assertThat(registered).isEqualTo("Registered Luciano Ramalho");
        }
        assertThat(reports).isEmpty();
    }

    @Test
    void theWatchSeesAFailedMailThatIsDropped() {
        try (FailureWatch watch = new FailureWatch(reports::add)) {
            NeverAwaited.registerAndForget("Guido van Rossum", RegistrationTest::serverDown, watch);
        }

        assertThat(reports).singleElement().asString().contains("never observed").contains("mail server down");
    }
}
