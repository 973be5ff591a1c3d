package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.kit.ThreadWaits;
import workbook.kit.Goal;

/**
 * The registration is an answer that depends on the mail: it returns at once, completes only once the
 * mail is sent, fails when the mail fails, and sends one mail. Quick tests, each with its own watch.
 */
@Execution(ExecutionMode.CONCURRENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrationTest {

    private final List<String> reports = new CopyOnWriteArrayList<>();
    private final List<String> mailsSent = new CopyOnWriteArrayList<>();

    /** Fails every mail a little later, on another thread, as a real mail server would. */
    private CompletableFuture<Void> serverDown(String person) {
        mailsSent.add(person);
        return CompletableFuture.runAsync(() -> {
            throw new IllegalStateException("mail server down");
        }, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
    }

    @Test
    @Order(1)
    @Goal(exercise = Registration.class, failsBecause = "before its welcome mail was sent")
    void theRegistrationWaitsForTheMailWithoutBlocking() throws Exception {
        CompletableFuture<Void> mail = new CompletableFuture<>(); // sent when this test says so
        try (FailureWatch watch = new FailureWatch(reports::add)) {
            try {
                CompletableFuture<String> registered = registerWithin1s(new Registration(person -> {
                    mailsSent.add(person);
                    return mail;
                }, watch), "Ada Lovelace");

                assertThat(registered.isDone()).overridingErrorMessage(() -> """
                        register("Ada Lovelace") was complete (%s) before its welcome mail was sent: the answer \
                        does not depend on the mail, so nobody can learn whether it was sent. Expected the \
                        registration to complete once the mail is sent, not before.""".formatted(outcomeOf(registered)))
                        .isFalse();
                mail.complete(null);
                assertThat(registered.get(5, TimeUnit.SECONDS)).isEqualTo("Registered Ada Lovelace");
            } finally {
                mail.complete(null); // frees a register() still waiting for it, before the watch closes
            }
        }
    }

    @Test
    @Order(3)
    @Goal(exercise = Registration.class, failsBecause = "never observed")
    void aFailedWelcomeMailFailsTheRegistration() throws Exception {
        Throwable outcome;
        try (FailureWatch watch = new FailureWatch(reports::add)) {
            CompletableFuture<String> registered = registerWithin1s(new Registration(this::serverDown, watch),
                    "Guido van Rossum");
            outcome = registered.handle((value, failure) -> failure).get(5, TimeUnit.SECONDS);
        } // the end of the scope: the watch reports what nobody observed

        assertThat(outcome).overridingErrorMessage("""
                register("Guido van Rossum") reported success although its welcome mail failed, and the watch \
                found %s. Expected the mail's failure to reach the caller, through the future register returns.""",
                reports.isEmpty() ? "the failure observed, yet it never reached the caller (it was swallowed)"
                        : String.join("; ", reports)).isNotNull();
        assertThat(WaitingOnTheLoop.rootOf(outcome)).overridingErrorMessage("""
                register("Guido van Rossum") failed with %s, not the mail's own failure (IllegalStateException: mail \
                server down): a failure made up in its place tells the caller nothing of what went wrong. Expected \
                the mail's failure itself, or an exception that keeps it as its cause.""", WaitingOnTheLoop.rootOf(outcome))
                .isEqualTo("IllegalStateException: mail server down");
        assertThat(reports).overridingErrorMessage("""
                the failure reached the caller, yet the watch found a failed mail that nobody observed: %s. \
                Expected the answer to depend on the very mail that register watches.""", reports).isEmpty();
    }

    @Test
    @Order(2)
    void sendsOneWelcomeMail() throws Exception {
        try (FailureWatch watch = new FailureWatch(reports::add)) {
            registerWithin1s(new Registration(person -> {
                mailsSent.add(person);
                return CompletableFuture.completedFuture(null);
            }, watch), "Barbara Liskov").get(5, TimeUnit.SECONDS);
        }

        assertThat(mailsSent).overridingErrorMessage("register(\"Barbara Liskov\") sent %d welcome mails (%s), expected one",
                mailsSent.size(), mailsSent).containsExactly("Barbara Liskov");
    }

    @Test
    @Order(4)
    void aSentMailEndsInARegistration() throws Exception {
        try (FailureWatch watch = new FailureWatch(reports::add)) {
            String registered = registerWithin1s(new Registration(person -> CompletableFuture.completedFuture(null), watch),
                    "Luciano Ramalho").get(5, TimeUnit.SECONDS);

            assertThat(registered).isEqualTo("Registered Luciano Ramalho");
        }
        assertThat(reports).isEmpty();
    }

    /**
     * Calls register on a thread of its own: it must return a future without waiting a second for the mail. Its
     * thread sitting a second in a wait (not computing, not queued for a core on a busy machine) is the mistake.
     */
    private static CompletableFuture<String> registerWithin1s(Registration registration, String person) throws Exception {
        CompletableFuture<CompletableFuture<String>> call = new CompletableFuture<>();
        Thread caller = Thread.ofPlatform().daemon().start(() -> {
            try {
                call.complete(registration.register(person));
            } catch (Throwable thrown) {
                call.completeExceptionally(thrown);
            }
        });
        try {
            if (!ThreadWaits.endsOrIsStuck(call, caller, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30))) {
                throw new TimeoutException();
            }
            return call.get();
        } catch (TimeoutException stillInside) {
            caller.interrupt();
            throw new AssertionError("register(\"" + person + "\") had not returned, its thread waiting for 1 s: it blocked, waiting "
                    + "for the welcome mail. Expected it to return a future at once, one that completes when the "
                    + "mail is sent.");
        } catch (ExecutionException thrown) {
            throw new AssertionError("register(\"" + person + "\") threw " + WaitingOnTheLoop.rootOf(thrown.getCause())
                    + " instead of returning a future: it blocked, waiting for the welcome mail, and rethrew its "
                    + "failure. Expected a future at once, one that fails when the mail fails.", thrown.getCause());
        }
    }

    private static String outcomeOf(CompletableFuture<String> registered) {
        return registered.handle((value, failure) -> failure == null ? "\"" + value + "\"" : "failed").join();
    }
}
