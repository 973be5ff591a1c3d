package workbook.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.kit.Timing.seconds;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import workbook.kit.CommonPool;
import workbook.kit.Goal;
import workbook.kit.Greeting;
import workbook.kit.MachineLoad;
import workbook.kit.Timeline;
import workbook.kit.ThreadWaits;
import workbook.kit.Timing;
import workbook.threads.ConcurrentGreetings.Style;

/** Judges 02-concurrent-greeter. Every test only waits, each on its own fixtures: they run side by side. */
@Execution(ExecutionMode.CONCURRENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcurrentGreeterTest {

    /** How long a call may go on after its last greeting: the time to notice, not to wait again. */
    private static final Duration AFTER_THE_LAST = Duration.ofMillis(300);

    /** How long a greeting is held to see whether its caller gives up on it: longer than any timeout that "covers" 3 s. */
    private static final Duration LONGEST_TIMEOUT_TRIED = Duration.ofSeconds(15);

    /** One greeting as the test saw it: on which thread (of which group), when, and whether inside a parallel stream. */
    /** One greeting, as it was said; {@code callerQueued}: how long the caller had sat queued for a core by then. */
    private record Greeted(String line, Thread thread, ThreadGroup group, long atNanos, boolean inStream, long callerQueued) {
    }

    /** A caller parked this long with no CPU at all waits, as a join does. */
    private static final Duration STILL = Duration.ofMillis(300);
    /** A caller that uses this much CPU while its greeting runs spins: parked in a join, it uses microseconds. */
    private static final Duration SPINNING = Duration.ofMillis(200);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<Greeted> greeted = new CopyOnWriteArrayList<>();
    private final Timeline timeline = Timeline.startingNow();
    private final List<String> printed = new CopyOnWriteArrayList<>();

    static Stream<Arguments> stylesAndOrders() {
        List<Greeting> longestInTheMiddle = List.of(new Greeting(Duration.ofMillis(400), "Ada Lovelace"),
                new Greeting(Duration.ofMillis(1200), "Grace Hopper"), new Greeting(Duration.ofMillis(800), "Barbara Liskov"));
        List<Greeting> longestLast = List.of(new Greeting(Duration.ofMillis(800), "Barbara Liskov"),
                new Greeting(Duration.ofMillis(400), "Ada Lovelace"), new Greeting(Duration.ofMillis(1200), "Grace Hopper"));
        return Arrays.stream(Style.values()).flatMap(style -> Stream.of(
                Arguments.of(style, "the longest in the middle", longestInTheMiddle),
                Arguments.of(style, "the longest last", longestLast)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("stylesAndOrders")
    @Order(1)
    void waitsForEveryGreetingOnThreadsOfItsOwnAndForNothingElse(Style style, String order, List<Greeting> greetings)
            throws Exception {
        String method = method(style);
        ThreadGroup started = new ThreadGroup(method);
        CountDownLatch allGreeted = new CountDownLatch(greetings.size());
        AtomicReference<String> callerTask = new AtomicReference<>();
        ConcurrentGreeter greeter = new ConcurrentGreeter(new Greeter(line -> {
            greeted.add(new Greeted(line, Thread.currentThread(), Thread.currentThread().getThreadGroup(),
                    System.nanoTime(), calledFromAStream(), callerTask.get() == null ? 0 : MachineLoad.runQueueNanos(callerTask.get())));
            allGreeted.countDown();
        }, timeline));
        CompletableFuture<Long> returned = new CompletableFuture<>();
        long[] callerQueuedAtReturn = new long[1];
        Thread caller = Thread.ofPlatform().group(started).name("calls " + method).start(() -> {
            try {
                callerTask.set(MachineLoad.currentTask());
                call(style, greeter, greetings);
                callerQueuedAtReturn[0] = MachineLoad.runQueueNanos();
                returned.complete(System.nanoTime());
            } catch (Throwable failure) {
                returned.completeExceptionally(failure);
            }
        });
        long returnedAt;
        try {
            returnedAt = returned.get(10, TimeUnit.SECONDS);
        } catch (TimeoutException stuck) {
            caller.interrupt();
            throw new AssertionError("%s had not returned after 10 s, for greetings of at most 1.2 s: %s"
                    .formatted(method, whyStuck(style, caller, started)));
        }
        List<String> doneWhenItReturned = greeted.stream().map(Greeted::line).toList();
        List<Thread> stillAlive = stillAliveAfter(started, caller, returnedAt + AFTER_THE_LAST.toNanos());
        allGreeted.await(5, TimeUnit.SECONDS); // whatever is left, let it finish before looking at the threads

        List<String> missing = greetings.stream().filter(g -> !doneWhenItReturned.contains(g.message()))
                .map(g -> g.person() + " (" + Timeline.seconds(g.delay()) + ")").toList();
        assertThat(missing).withFailMessage("""
                when %s returned, %d of %d greetings were still running: %s. It returned before every greeting \
                was done. Look at %s: does it wait for every greeting it started, whatever the order of the list?""",
                method, missing.size(), greetings.size(), String.join(", ", missing), method).isEmpty();
        assertThat(greeted).extracting(Greeted::line).withFailMessage("%s printed %s, expected each greeting once: %s",
                method, greeted.stream().map(Greeted::line).toList(), greetings.stream().map(Greeting::message).toList())
                .containsExactlyInAnyOrderElementsOf(greetings.stream().map(Greeting::message).toList());
        for (Greeted one : greeted) {
            assertThat(whereItRan(style, one, caller, started)).withFailMessage("%s: %s", method,
                    whereItRan(style, one, caller, started)).isEmpty();
        }
        Map<String, List<String>> byThread = greeted.stream().collect(Collectors.groupingBy(
                one -> one.thread().getName(), LinkedHashMap::new, Collectors.mapping(Greeted::line, Collectors.toList())));
        assertThat(byThread).withFailMessage("""
                %s greeted %d people on %d threads %s: a greeting that waits holds its thread all along, so a \
                greeting that shares one waits for the other to end. Look at how many threads %s gives the greetings.""",
                method, greetings.size(), byThread.size(), byThread, method).hasSize(greetings.size());
        Greeted last = greeted.stream().max(Comparator.comparingLong(Greeted::atNanos)).orElseThrow();
        // less the time the caller then sat queued for a core: a busy machine makes a joining caller late, not waiting
        long queuedSince = last.callerQueued() == 0 ? 0 : Math.max(0, callerQueuedAtReturn[0] - last.callerQueued());
        Duration waitedOn = Duration.ofNanos(returnedAt - last.atNanos() - queuedSince);
        assertThat(waitedOn).withFailMessage("""
                %s returned %s after the last greeting ended: it went on waiting when every greeting was \
                done (waiting a fixed time instead of waiting for the greetings?). Look at how %s waits.""",
                method, Timeline.seconds(waitedOn), method).isLessThanOrEqualTo(AFTER_THE_LAST);
        assertThat(stillAlive).withFailMessage("""
                %d threads started by %s were still alive %s after it returned, every greeting done: %s. \
                Threads that are never ended wait for more work, and keep the JVM from exiting. Look at what \
                %s does with what it started, once the greetings are done.""", stillAlive.size(), method,
                Timeline.seconds(AFTER_THE_LAST), stillAlive.stream().map(Thread::getName).toList(), method).isEmpty();
    }

    @Test
    @Order(2)
    @Goal(exercise = ConcurrentGreeter.class, failsBecause = "expected between 2.80 s and 3.60 s")
    void platformThreadsGreetEveryoneInThreeSeconds() {
        greetTheTalksThree(Style.PLATFORM_THREADS);
    }

    @Test
    @Order(2)
    @Goal(exercise = ConcurrentGreeter.class, failsBecause = "expected between 2.80 s and 3.60 s")
    void anExecutorGreetsEveryoneInThreeSeconds() {
        greetTheTalksThree(Style.EXECUTOR);
    }

    @Test
    @Order(2)
    @Goal(exercise = ConcurrentGreeter.class, failsBecause = "expected between 2.80 s and 3.60 s")
    void virtualThreadsGreetEveryoneInThreeSeconds() {
        greetTheTalksThree(Style.VIRTUAL_THREADS);
    }

    @Test
    @Order(3)
    void everyGreetingWaitsItsFullDelayAndIsPrintedOnce() throws Exception {
        ConcurrentGreetings.run(Style.VIRTUAL_THREADS, Greeting.group(Duration.ofMillis(300), "Ada", "Grace"),
                printed::add, timeline);

        assertThat(printed.getFirst()).matches("Started at \\d\\d:\\d\\d:\\d\\d");
        assertThat(printed.subList(1, 3)).withFailMessage("""
                greetWithVirtualThreads printed %s, expected "Started at", both greetings, then "Finished at": \
                did it return before every greeting was done? Look at ConcurrentGreeter.greetWithVirtualThreads.""",
                printed).containsExactlyInAnyOrder("Hello Ada 👋", "Hello Grace 👋");
        assertThat(printed.getLast()).matches("Finished at \\d\\d:\\d\\d:\\d\\d");
        assertThat(timeline.spans()).allSatisfy(span -> {
            assertThat(span.length()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(span.thread()).endsWith("(virtual)");
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @Order(4)
    void waitingForAGreetingCostsTheCallerNoCpu(Style style) throws Exception {
        String method = method(style);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ConcurrentGreeter greeter = new ConcurrentGreeter(new Greeter(line -> {
            started.countDown();
            try { // the greeting lasts until the test has measured its caller
                release.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, timeline));
        CompletableFuture<Void> returned = new CompletableFuture<>();
        Thread caller = Thread.ofPlatform().name("calls " + method).start(() -> {
            try {
                call(style, greeter, List.of(new Greeting(Duration.ZERO, "Ada Lovelace")));
                returned.complete(null);
            } catch (Throwable failure) {
                returned.completeExceptionally(failure);
            }
        });
        ThreadWaits.Watched watched;
        try {
            started.await();
            // judged on the caller's own state and CPU time: a busy machine slows a spinning caller, never stills it
            watched = ThreadWaits.watch(caller, STILL, SPINNING, Duration.ofSeconds(30));
        } finally {
            release.countDown();
        }
        returned.get(10, TimeUnit.SECONDS);
        assertThat(watched.spins()).withFailMessage(String.format(Locale.ROOT, """
                %s's caller used %.3f s of CPU while it waited for a greeting still running, without once sitting \
                still: it asks "done yet?" over and over instead of waiting. A waiting thread is off the CPU until the \
                greeting ends (a join, a get, an executor's close); look at how %s waits for each greeting""", method,
                watched.cpu().toNanos() / 1e9, method)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @Order(5)
    void waitsForAGreetingHoweverLongItTakes(Style style) throws Exception {
        String method = method(style);
        List<Greeting> greetings = List.of(new Greeting(Duration.ofMillis(200), "Ada Lovelace"),
                new Greeting(Duration.ofMillis(300), "Barbara Liskov"), new Greeting(Duration.ofMillis(100), "Grace Hopper"));
        String held = greetings.getLast().message(); // last: whatever the caller's order, the others are done by then
        CountDownLatch othersGreeted = new CountDownLatch(greetings.size() - 1);
        CountDownLatch release = new CountDownLatch(1);
        ConcurrentGreeter greeter = new ConcurrentGreeter(new Greeter(line -> {
            if (!line.equals(held)) {
                othersGreeted.countDown();
                return;
            }
            try { // this greeting lasts until the test lets it end: longer than any timeout the caller may have chosen
                release.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, timeline));
        CompletableFuture<Void> returned = new CompletableFuture<>();
        Thread caller = Thread.ofPlatform().name("calls " + method).start(() -> {
            try {
                call(style, greeter, greetings);
                returned.complete(null);
            } catch (Throwable failure) {
                returned.completeExceptionally(failure);
            }
        });
        long heldSince = System.nanoTime();
        try {
            waitUntilTheCallerWaitsForGood(caller, returned, othersGreeted);
            if (returned.isDone()) {
                Duration heldFor = Duration.ofNanos(System.nanoTime() - heldSince);
                String ended = returned.isCompletedExceptionally()
                        ? "threw " + returned.handle((ok, failure) -> failure).join() : "returned";
                throw new AssertionError("""
                        %s %s after %s while %s's greeting was still running: it gave up on a greeting that was \
                        still running. A greeting takes as long as it takes (this one longer than any before), and \
                        "Finished at" must come after every greeting. Look at how %s waits for each greeting: can \
                        that wait end before the greeting does?""".formatted(method, ended, Timeline.seconds(heldFor),
                        greetings.getLast().person(), method));
            }
        } finally {
            release.countDown();
        }
        returned.get(10, TimeUnit.SECONDS); // the other tests judge the rest
    }

    /**
     * Returns once {@code caller} has returned, or waits with no deadline while only the held greeting is left
     * (or closes an executor, which waits for its tasks), or {@link #LONGEST_TIMEOUT_TRIED} has passed: a
     * timed wait ends by then.
     */
    private static void waitUntilTheCallerWaitsForGood(Thread caller, CompletableFuture<Void> returned,
            CountDownLatch othersGreeted) throws InterruptedException {
        long deadline = System.nanoTime() + LONGEST_TIMEOUT_TRIED.toNanos();
        long cpuAtStart = THREADS.getThreadCpuTime(caller.threadId());
        while (!returned.isDone() && System.nanoTime() < deadline) {
            if (othersGreeted.getCount() == 0 && (caller.getState() == Thread.State.WAITING || closesAnExecutor(caller)
                    || THREADS.getThreadCpuTime(caller.threadId()) - cpuAtStart > Duration.ofSeconds(1).toNanos())) {
                return; // waits for good, or spins (which waitingForAGreetingCostsTheCallerNoCpu judges)
            }
            try {
                returned.get(20, TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException notYet) {
                // looked again below
            }
        }
    }

    private static boolean closesAnExecutor(Thread caller) {
        return Arrays.stream(caller.getStackTrace())
                .anyMatch(frame -> frame.getMethodName().equals("close") && frame.getClassName().startsWith("java.util.concurrent."));
    }

    private void greetTheTalksThree(Style style) {
        Timing.of("greeting after 3 s, 2 s and 1 s on " + style)
                .shouldTakeBetween(seconds(2.8), seconds(3.6))
                .hint("together they should take as long as the longest one. Look at " + method(style)
                        + ": when does the second greeting start?")
                .showing(timeline)
                .run(() -> ConcurrentGreetings.run(style, Greeting.TALK, printed::add, timeline));

        assertThat(printed.subList(1, 4))
                .withFailMessage("the greetings came as %s, expected the shortest wait first: Luciano (1 s), "
                        + "Sebastián (2 s), Guido (3 s)\n%s", printed.subList(1, 4), timeline)
                .containsExactly("Hello Luciano Ramalho 👋", "Hello Sebastián Ramírez 👋", "Hello Guido van Rossum 👋");
    }

    /** Why a greeting ran on the wrong thread for this style, or "" when the thread is right. */
    private static String whereItRan(Style style, Greeted one, Thread caller, ThreadGroup started) {
        Thread thread = one.thread();
        String who = "\"" + one.line() + "\" ran on " + thread.getName();
        if (one.inStream()) {
            return who + ", inside a parallel stream: a stream splits work for the cores (the common pool and the "
                    + "calling thread), it does not give every greeting a thread to wait on";
        }
        if (thread == caller) {
            return who + ", the thread that called it: that greeting held the caller for its whole wait";
        }
        if (thread instanceof ForkJoinWorkerThread worker && worker.getPool() == ForkJoinPool.commonPool()) {
            return who + ", a thread of the common pool, not one of its own: the common pool has as many workers "
                    + "as the machine has cores, minus one (here " + ForkJoinPool.getCommonPoolParallelism()
                    + "), shared by the whole JVM, so waiting greetings queue for them";
        }
        if (style == Style.VIRTUAL_THREADS) {
            return thread.isVirtual() ? "" : who + ", a platform thread, expected a virtual thread";
        }
        if (thread.isVirtual()) {
            return who + ", a virtual thread, expected a platform thread";
        }
        return one.group() == started ? "" : who + ", a thread it did not start";
    }

    /** What a call that did not return was waiting for, when the greetings so far tell. */
    private String whyStuck(Style style, Thread caller, ThreadGroup started) {
        for (Greeted one : greeted) {
            String wrong = whereItRan(style, one, caller, started);
            if (!wrong.isEmpty()) {
                return wrong;
            }
        }
        if (CommonPool.isBusy()) {
            return "greetings were queued for a thread of the common pool, which has "
                    + ForkJoinPool.getCommonPoolParallelism() + " workers shared by the whole JVM: a greeting that "
                    + "waits holds its worker, and the others queue behind it";
        }
        return "where does it wait?";
    }

    /** Platform threads of {@code group} (but the caller) that are still alive at {@code deadline}. */
    private static List<Thread> stillAliveAfter(ThreadGroup group, Thread caller, long deadline) throws InterruptedException {
        Thread[] threads = new Thread[64];
        int count = group.enumerate(threads);
        List<Thread> alive = new ArrayList<>();
        for (Thread thread : Arrays.copyOf(threads, count)) {
            if (thread == caller) {
                continue;
            }
            thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (thread.isAlive()) {
                alive.add(thread);
            }
        }
        return alive;
    }

    private static boolean calledFromAStream() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getClassName().startsWith("java.util.stream.")));
    }

    private static void call(Style style, ConcurrentGreeter greeter, List<Greeting> greetings) throws Exception {
        switch (style) {
            case PLATFORM_THREADS -> greeter.greetWithThreads(greetings);
            case EXECUTOR -> greeter.greetWithExecutor(greetings);
            case VIRTUAL_THREADS -> greeter.greetWithVirtualThreads(greetings);
        }
    }

    private static String method(Style style) {
        return switch (style) {
            case PLATFORM_THREADS -> "ConcurrentGreeter.greetWithThreads";
            case EXECUTOR -> "ConcurrentGreeter.greetWithExecutor";
            case VIRTUAL_THREADS -> "ConcurrentGreeter.greetWithVirtualThreads";
        };
    }
}
