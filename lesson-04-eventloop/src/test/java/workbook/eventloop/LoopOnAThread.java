package workbook.eventloop;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import workbook.kit.Clock;
import workbook.kit.ThreadWaits;

/** A real-time loop on a thread of its own, kept alive by one far-away timer until {@link #stop()}. */
final class LoopOnAThread {

    final Thread thread;
    final EventLoop loop;
    final Timer farAway;

    private LoopOnAThread(Thread thread, EventLoop loop, Timer farAway) {
        this.thread = thread;
        this.loop = loop;
        this.farAway = farAway;
    }

    static LoopOnAThread start(String name) throws Exception {
        return start(name, Clock.system());
    }

    /** The same, on {@code clock} (a real-time one, or the loop would jump to its far-away timer at once). */
    static LoopOnAThread start(String name, Clock clock) throws Exception {
        record Started(EventLoop loop, Timer timer) {
        }
        CompletableFuture<Started> started = new CompletableFuture<>();
        Thread thread = Thread.ofPlatform().name(name).daemon().start(() -> EventLoop.run(clock, loop ->
                started.complete(new Started(loop, loop.setTimeout("far away", Duration.ofSeconds(30), () -> { })))));
        Started loop = started.get(5, TimeUnit.SECONDS);
        return new LoopOnAThread(thread, loop.loop(), loop.timer());
    }

    /** Returns once the loop thread waits (at most 1 s): a loop that never waits is what the caller measures next. */
    void awaitIdle() {
        ThreadWaits.awaitWaiting(thread, Duration.ofSeconds(1));
    }

    /** Clears the timer from this thread, which lets the loop end; fails if it does not within 5 s. */
    void stop() throws InterruptedException {
        loop.clearTimeout(farAway);
        thread.join(Duration.ofSeconds(5));
        if (thread.isAlive()) {
            thread.interrupt();
            throw new AssertionError("the loop on " + thread.getName()
                    + " still ran 5 s after its only timer was cleared from another thread: does clearTimeout reach it?");
        }
    }
}
