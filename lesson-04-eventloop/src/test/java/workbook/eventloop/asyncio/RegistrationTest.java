package workbook.eventloop.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static workbook.eventloop.asyncio.Asyncio.await;
import static workbook.eventloop.asyncio.Asyncio.coroutine;
import static workbook.eventloop.asyncio.Asyncio.sleep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import workbook.eventloop.trace.PrintedLines;
import workbook.eventloop.trace.Trace;
import workbook.kit.Goal;
import workbook.kit.VirtualClock;

/** A registration whose welcome mail fails must fail too, and a registration must not end before its mail is sent. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(10)
class RegistrationTest {

    private static final String PERSON = "Guido van Rossum";

    private final VirtualClock clock = new VirtualClock();
    private final List<String> printed = new PrintedLines();
    private final List<String> reports = new ArrayList<>();

    /** {@code async def send_welcome(person)}: a turn of the loop, then the mail server answers. */
    private Coroutine<Void> sendWelcome(String person, boolean serverUp) {
        return coroutine("send_welcome", () -> {
            await(sleep(Duration.ZERO));
            if (!serverUp) {
                throw new UncheckedIOException(new IOException("mail server down"));
            }
            printed.add("mail sent to " + person);
        });
    }

    @Test
    @Order(1)
    @Goal(exercise = Registration.class, failsBecause = "never retrieved")
    void aWelcomeMailThatFailsFailsTheRegistration() {
        Object outcome = AsyncioLoop.run(clock, reports::add, () -> {
            Object registered;
            try {
                registered = await(Registration.register(person -> sendWelcome(person, false), PERSON));
            } catch (RuntimeException failed) {
                registered = failed;
            }
            await(sleep(Duration.ofSeconds(1))); // the server goes on serving: whatever register left running runs
            return registered;
        });
        if (!(outcome instanceof UncheckedIOException)) {
            fail("register, with the mail server down, " + diagnose(outcome));
        }
        assertThat(reports).as("what the loop reported at its end (a failure that reached register's caller is not lost)")
                .isEmpty();
    }

    @Test
    @Order(2)
    @Goal(exercise = Registration.class, failsBecause = "was never sent")
    void theMailIsSentBeforeTheRegistrationReturns() {
        Trace trace = Trace.of(() -> AsyncioLoop.run(clock, reports::add, () -> {
            printed.add(await(Registration.register(person -> sendWelcome(person, true), PERSON)));
            return null;
        }));
        List<String> expected = List.of("mail sent to " + PERSON, "Registered " + PERSON);
        assertThat(printed).as("printed %s, expected %s (%s): %s", printed, expected, trace.divergence(expected),
                printed.contains(expected.getFirst())
                ? "the registration returned before its mail was sent"
                : "the mail was never sent: " + (reports.isEmpty()
                        ? "the task that sends it was still waiting for its first turn when asyncio.run ended, and "
                        + "was cancelled"
                        : "the loop reported " + reports)).isEqualTo(expected);
    }

    @Test
    @Order(3)
    @Goal(exercise = Registration.class, failsBecause = "before its mail was sent")
    void aSlowMailIsWaitedForHoweverLongItTakes() {
        long seed = ThreadLocalRandom.current().nextLong();
        Duration slow = Duration.ofSeconds(new Random(seed).nextLong(2, 7200)); // any time up to 2 h
        long[] sentAt = {-1};
        Object outcome = AsyncioLoop.run(clock, reports::add, () -> {
            try {
                return await(Registration.register(person -> coroutine("send_welcome", () -> {
                    await(sleep(slow));
                    sentAt[0] = clock.nanos();
                }), PERSON));
            } catch (RuntimeException failed) {
                return failed;
            }
        });
        String mail = "with a mail that took " + slow + " on the loop's clock (seed " + seed + ")";
        if (outcome instanceof RuntimeException failed) {
            fail("register, " + mail + ", raised " + failed.getMessage() + ": it asked for the mail's result before "
                    + "the mail was done. A fixed wait guesses how long a task takes; an await waits exactly that long");
        }
        assertThat(sentAt[0]).as("register, %s, returned '%s' before its mail was sent: only awaiting the mail "
                + "makes register wait for it, however long it takes", mail, outcome).isNotNegative();
        assertThat(Duration.ofNanos(clock.nanos())).as("register, %s, returned at %s on the loop's clock: it waited "
                + "longer than the mail; await the mail itself, not a fixed time", mail, Duration.ofNanos(clock.nanos()))
                .isEqualTo(slow);
    }

    private String diagnose(Object outcome) {
        String lost = String.join(" / ", reports).lines().findFirst().orElse("");
        if (outcome instanceof UncheckedIOException) {
            return "raised the mail's failure, as it should";
        }
        if (outcome instanceof Throwable other) {
            return "raised " + other + ", expected the mail's own failure (UncheckedIOException: mail server down)";
        }
        if (lost.contains("was never awaited")) {
            return "returned '" + outcome + "' and the welcome mail was never even sent: the loop reported \"" + lost
                    + "\". Calling an async function only makes a coroutine object; nothing runs until it is awaited";
        }
        if (lost.contains("never retrieved")) {
            return "returned '" + outcome + "' although the welcome mail failed (mail server down): the task that sent "
                    + "it was never awaited, so its failure went nowhere; the loop only reported \"" + lost
                    + "\" at its end. Await the mail in register";
        }
        return "returned '" + outcome + "' although the welcome mail failed (mail server down), and nothing reported "
                + "the failure: it was swallowed. Let it reach register's caller";
    }
}
