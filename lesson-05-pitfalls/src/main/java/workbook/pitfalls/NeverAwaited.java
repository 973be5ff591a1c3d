package workbook.pitfalls;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Pitfall 2, the talk's "must be awaited", the Java way: a future started and dropped. A never-awaited coroutine
 * never runs at all; a started future runs, like a Python task nobody awaits, and its failure is lost ("Task
 * exception was never retrieved").
 */
public final class NeverAwaited {

    /** A mail server that is down: every mail fails. */
    public static final Mailer SERVER_DOWN =
            person -> CompletableFuture.failedFuture(new IOException("mail server down"));

    private NeverAwaited() {
    }

    // tag::mistake[]
    /** The mistake: the mail is sent, and its future dropped; the caller hears only good news. */
    public static String registerAndForget(String person, Mailer mailer, FailureWatch watch) {
        watch.watch("welcome mail to " + person, mailer.sendWelcome(person)); // nobody keeps this future
        return "Registered " + person;
    }
    // end::mistake[]

    /** Shows the lost failure, caught by a {@link FailureWatch}, and then {@link Registration} observing it. */
    public static void run(Consumer<String> out) {
        out.accept("The mistake: the welcome mail's future is dropped");
        try (FailureWatch watch = new FailureWatch(report -> out.accept("  watch: " + report))) {
            out.accept("  " + registerAndForget("Guido van Rossum", SERVER_DOWN, watch));
        }
        out.accept("The fix: Registration chains its answer on the mail");
        int[] reports = new int[1];
        try (FailureWatch watch = new FailureWatch(report -> {
            reports[0]++;
            out.accept("  watch: " + report);
        })) {
            out.accept("  " + new Registration(SERVER_DOWN, watch).register("Guido van Rossum")
                    .handle((ok, failure) -> failure == null ? ok
                            : "registration failed: " + WaitingOnTheLoop.rootOf(failure))
                    .join());
        }
        if (reports[0] == 0) {
            out.accept("  watch: nothing to report, the failure was seen");
        }
    }
}
