package workbook.eventloop;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import workbook.kit.Clock;
import workbook.kit.Greeting;

/**
 * The talk's asyncio greetings on the hand-built loop: three {@code greet_after} tasks gathered,
 * one thread, 3 s in all. The shortest wait greets first, whatever order the timers were set in.
 */
public final class LoopGreetings {

    private LoopGreetings() {
    }

    // tag::demo[]
    public static void run(Clock clock, List<Greeting> greetings, Consumer<String> out) {
        Duration start = clock.now();
        out.accept("Started at " + SimulTrace.clock(Duration.ZERO));
        EventLoop.run(clock, loop -> {
            CompletableFuture<?>[] tasks = greetings.stream()
                    .map(greeting -> greetAfter(loop, greeting, out))
                    .toArray(CompletableFuture<?>[]::new);
            CompletableFuture.allOf(tasks) // asyncio.gather
                    .thenRun(() -> out.accept("Finished at " + SimulTrace.clock(clock.now().minus(start))));
        });
    }

    /** {@code async def greet_after}: await asyncio.sleep(delay), then greet. */
    static CompletableFuture<Void> greetAfter(EventLoop loop, Greeting greeting, Consumer<String> out) {
        return loop.sleep(greeting.delay()).thenRunAsync(() -> out.accept(greeting.message()), loop.microtasks());
    }
    // end::demo[]
}
