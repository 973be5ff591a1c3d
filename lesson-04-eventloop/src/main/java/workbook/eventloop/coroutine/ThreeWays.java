package workbook.eventloop.coroutine;

import static workbook.eventloop.coroutine.Coroutine.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import workbook.kit.Clock;
import workbook.eventloop.promise.Promise;
import workbook.eventloop.promise.PromiseLoop;
import workbook.kit.Greeting;
import workbook.kit.Timeline;

/**
 * Virtual threads are these coroutines plus a scheduler: the talk's greetings three ways, with
 * one timeline each.
 *
 * <p>Coroutines on the loop: one thread; each greeting suspends at its {@code await} and a
 * microtask resumes it. Virtual threads: each greeting is a thread that sleeps; the JDK
 * suspends its continuation at the sleep (the same {@code Continuation} as {@link Suspendable})
 * and its scheduler resumes it on a carrier thread, so the carrier is free while it sleeps.
 * The {@code CompletableFuture} chain: no suspension at all; the rest of each greeting is a
 * callback that a timer thread hands to the common pool.
 */
public final class ThreeWays {

    private ThreeWays() {
    }

    // tag::coroutines[]
    /** Coroutines on the loop: every greeting on the one loop thread. */
    public static Timeline coroutines(List<Greeting> greetings, Consumer<String> out) {
        Timeline timeline = Timeline.startingNow();
        PromiseLoop.run(Clock.system(), loop -> loop.async(() -> {
            await(Promise.all(greetings.stream().map(greeting -> loop.async(() -> {
                Duration start = timeline.now();
                await(loop.sleep(greeting.delay())); // suspends: the loop thread runs the others meanwhile
                out.accept(greeting.message() + "  on " + Thread.currentThread().getName());
                timeline.add(greeting.person(), Thread.currentThread(), start, timeline.now());
            })).toList()));
        }));
        return timeline;
    }
    // end::coroutines[]

    // tag::virtual-threads[]
    /** Virtual threads: each greeting sleeps on its own thread, and the carriers it ran on are reported. */
    public static Timeline virtualThreads(List<Greeting> greetings, Consumer<String> out) throws InterruptedException {
        Timeline timeline = Timeline.startingNow();
        CountDownLatch done = new CountDownLatch(greetings.size());
        Set<String> carriers = new TreeSet<>();
        for (Greeting greeting : greetings) {
            Thread.ofVirtual().name("greet " + greeting.person()).start(() -> {
                Duration start = timeline.now();
                String before = carrier();
                try {
                    Thread.sleep(greeting.delay()); // parks: the continuation is set aside, the carrier is free
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    return;
                }
                String after = carrier();
                synchronized (carriers) {
                    carriers.add(before);
                    carriers.add(after);
                }
                out.accept(greeting.message() + "  on " + before + " before the sleep, " + after + " after");
                timeline.add(greeting.person(), Thread.currentThread(), start, timeline.now());
                done.countDown();
            });
        }
        done.await();
        out.accept(greetings.size() + " virtual threads slept at once on " + carriers.size()
                + (carriers.size() == 1 ? " carrier thread: " : " carrier threads: ") + carriers);
        return timeline;
    }

    /** The platform thread a virtual thread is mounted on, from its description ("VirtualThread[#21]/runnable@ForkJoinPool-1-worker-1"). */
    private static String carrier() {
        String description = Thread.currentThread().toString();
        return description.substring(description.indexOf('@') + 1);
    }
    // end::virtual-threads[]

    // tag::futures[]
    /** The CompletableFuture chain: nothing suspends; the rest of each greeting is a callback on the common pool. */
    public static Timeline futures(List<Greeting> greetings, Consumer<String> out) {
        Timeline timeline = Timeline.startingNow();
        CompletableFuture.allOf(greetings.stream().map(greeting -> {
            Duration start = timeline.now();
            return CompletableFuture.runAsync(() -> {
                out.accept(greeting.message() + "  on " + Thread.currentThread().getName());
                timeline.add(greeting.person(), Thread.currentThread(), start, timeline.now());
            }, CompletableFuture.delayedExecutor(greeting.delay().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS));
        }).toArray(CompletableFuture<?>[]::new)).join();
        return timeline;
    }
    // end::futures[]
}
