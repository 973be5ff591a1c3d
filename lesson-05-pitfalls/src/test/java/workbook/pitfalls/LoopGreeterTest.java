package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import workbook.kit.Goal;

class LoopGreeterTest {

    private final EventLoop loop = new EventLoop("event-loop");
    private final LoopGreeter greeter = new LoopGreeter(loop);

    @AfterEach
    void closeLoop() {
        loop.close();
    }

    @Test
    @Goal(exercise = LoopGreeter.class, failsBecause = "blocked the event loop")
    void greetsAfterTheDelayWhileTheLoopStaysFree() throws Exception {
        List<String> happened = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        CompletableFuture<String> greeting = loop.submit(() -> greeter.greetAfter(Duration.ofMillis(300), "Guido van Rossum"))
                .thenCompose(future -> future);
        greeting.whenComplete((said, failure) -> happened.add("greeting"));
        loop.execute(() -> happened.add("another task")); // queued behind the call to greetAfter

        Throwable failure = greeting.handle((value, thrown) -> thrown).get(5, TimeUnit.SECONDS);
        assertThat(failure == null).as("""
                LoopGreeter.greetAfter, running on the event loop, blocked the event loop waiting for its own \
                timer; the loop said:
                  %s
                Expected greetAfter to return at once with the greeting chained on loop.sleep(delay) \
                (thenApply), instead of join() or get().""", failure == null ? "" : WaitingOnTheLoop.rootOf(failure))
                .isTrue();
        String said = greeting.resultNow();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(said).isEqualTo("Hello Guido van Rossum 👋");
        assertThat(took).as("the greeting came after %d ms, expected after its 300 ms delay", took.toMillis())
                .isBetween(Duration.ofMillis(290), Duration.ofSeconds(2));
        assertThat(happened).as("""
                a task queued right after greetAfter ran only once the greeting was over: greetAfter blocked the \
                event loop for the whole delay (Thread.sleep on the loop?). Chain on loop.sleep(delay) instead.""")
                .containsExactly("another task", "greeting");
    }
}
