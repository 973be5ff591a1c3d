package workbook.pitfalls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Runs {@link Announcer} in a JVM of its own and says what it left behind: a program for
 * {@link AnnouncerTest}, so that a pool left running never lives on in the JVM that judges it.
 *
 * <p>With {@code failing}, one announcement fails. Prints the outcome, then {@link #LEFT_RUNNING} and the
 * threads started by announce that are still alive a second after it returned, then returns from main.
 */
final class AnnouncerProgram {

    static final List<String> GUESTS = List.of("Guido van Rossum", "Sebastián Ramírez", "Luciano Ramalho",
            "Ada Lovelace", "Grace Hopper", "Barbara Liskov", "Margaret Hamilton", "Alan Kay");
    static final String FAILING_GUEST = "Grace Hopper";
    static final String RETURNED = "announce returned";
    static final String THREW = "announce threw ";
    static final String STUCK = "announce had not returned after 5 s";
    static final String LEFT_RUNNING = "left running: ";
    static final String ANNOUNCED_AT_RETURN = "announced when it returned: ";

    private AnnouncerProgram() {
    }

    public static void main(String[] args) throws Exception {
        boolean failing = args.length > 0 && args[0].equals("failing");
        ThreadGroup announcing = new ThreadGroup("announcing"); // the pool's threads are made in the caller's group
        CompletableFuture<String> outcome = new CompletableFuture<>();
        AtomicInteger announced = new AtomicInteger();
        AtomicInteger announcedAtReturn = new AtomicInteger(-1);
        Thread[] caller = new Thread[1];
        caller[0] = new Thread(announcing, () -> {
            try {
                new Announcer(line -> {
                    awaitTheCaller(caller[0], outcome); // so that "returned before announcing" shows every time
                    if (failing && line.endsWith(FAILING_GUEST)) {
                        throw new IllegalStateException("the microphone went off");
                    }
                    System.out.println(line);
                    announced.incrementAndGet();
                }).announce(GUESTS);
                announcedAtReturn.set(announced.get());
                outcome.complete(RETURNED);
            } catch (Exception failure) {
                outcome.complete(THREW + failure);
            }
        }, "announce");
        caller[0].start();
        System.out.println(outcome.completeOnTimeout(STUCK, 5, TimeUnit.SECONDS).join());
        System.out.println(ANNOUNCED_AT_RETURN + announcedAtReturn.get());
        System.out.println(LEFT_RUNNING + describe(stillAlive(announcing, caller[0])));
        System.out.println(ForgottenExecutor.MAIN_RETURNS);
    }

    /** Returns once the caller waits (for the announcements, as it should) or has returned; at most 5 s. */
    private static void awaitTheCaller(Thread caller, CompletableFuture<String> outcome) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (Thread.currentThread() != caller && !outcome.isDone() && caller.getState() != Thread.State.WAITING
                && caller.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    /** The threads of the group, other than the caller, still alive after up to a second: a shut pool's end by then. */
    private static List<Thread> stillAlive(ThreadGroup group, Thread caller) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        Thread[] threads = new Thread[group.activeCount() + 16];
        int count = group.enumerate(threads, true);
        List<Thread> alive = new ArrayList<>();
        for (Thread thread : Arrays.copyOf(threads, count)) {
            if (thread != caller) {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                if (thread.isAlive()) {
                    alive.add(thread);
                }
            }
        }
        return alive;
    }

    private static String describe(List<Thread> threads) {
        return threads.isEmpty() ? "nothing" : threads.stream()
                .map(thread -> thread.getName() + (thread.isDaemon() ? " (daemon)" : ""))
                .collect(Collectors.joining(", "));
    }
}
