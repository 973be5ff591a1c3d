package workbook.futures;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Looks for a thread held up by an exercise's own code: parked in {@code join()} or {@code get()},
 * asleep, or waiting for a lock, with the exercise's class as the caller of that blocking call.
 *
 * <p>A future lets code say "when this is done, do that" without any thread waiting for it. A thread
 * that sits in the exercise's code until other work is done is the blocking the lesson removes,
 * whichever thread it is: the caller's, a pool's, or one started just to wait. Waiting done by the
 * given services themselves (a greeting's sleep, a backend's round trip) does not count: there the
 * first frame that is not the JDK's belongs to the service, not to the exercise.
 */
final class BlockedThreads {

    private static final Set<Thread.State> HELD_UP = EnumSet.of(
            Thread.State.BLOCKED, Thread.State.WAITING, Thread.State.TIMED_WAITING);

    /** Methods that wait: join, get, sleep, await, acquire, take, wait. */
    private static final Set<String> BLOCKING = Set.of("join", "get", "sleep", "await", "acquire", "take", "wait");

    private BlockedThreads() {
    }

    /**
     * Watches for {@code window}: every platform thread, and the (virtual) threads in {@code ours},
     * which a thread dump of platform threads does not list. Returns the first held-up thread seen.
     */
    static Optional<String> watch(Class<?> exercise, Collection<Thread> ours, Duration window) {
        return watch(() -> now(exercise, ours), window);
    }

    /** Watches only {@code threads} (say, one runtime's thread: an earlier run may have left another stuck). */
    static Optional<String> watchOnly(Class<?> exercise, Collection<Thread> threads, Duration window) {
        return watch(() -> threads.stream().map(thread -> heldUp(exercise, thread, thread.getStackTrace()))
                .flatMap(Optional::stream).findFirst(), window);
    }

    /**
     * Watches as {@link #watch} does, until {@code pending} completes (at most {@code atMost}): the whole time the
     * work goes on, however long a busy machine makes it.
     */
    static Optional<String> watchUntil(Class<?> exercise, Collection<Thread> ours, java.util.concurrent.Future<?> pending,
            Duration atMost) {
        AtomicReference<String> found = new AtomicReference<>();
        try {
            await().atMost(atMost).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                    .until(() -> {
                        if (pending.isDone()) {
                            return true;
                        }
                        now(exercise, ours).ifPresent(found::set);
                        return found.get() != null;
                    });
        } catch (ConditionTimeoutException stillPending) {
            // the caller's join() then says how long it takes
        }
        return Optional.ofNullable(found.get());
    }

    private static Optional<String> watch(java.util.function.Supplier<Optional<String>> look, Duration window) {
        AtomicReference<String> found = new AtomicReference<>();
        try {
            await().atMost(window).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                    .until(() -> {
                        look.get().ifPresent(found::set);
                        return found.get() != null;
                    });
        } catch (ConditionTimeoutException noneForTheWholeWindow) {
            return Optional.empty();
        }
        return Optional.of(found.get());
    }

    /** A thread held up by {@code exercise}'s code right now, described, or empty. */
    static Optional<String> now(Class<?> exercise, Collection<Thread> ours) {
        Map<Thread, StackTraceElement[]> stacks = new LinkedHashMap<>(Thread.getAllStackTraces());
        for (Thread thread : ours) {
            stacks.putIfAbsent(thread, thread.getStackTrace());
        }
        for (Map.Entry<Thread, StackTraceElement[]> entry : stacks.entrySet()) {
            Optional<String> held = heldUp(exercise, entry.getKey(), entry.getValue());
            if (held.isPresent()) {
                return held;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> heldUp(Class<?> exercise, Thread thread, StackTraceElement[] stack) {
        int caller = 0;
        while (caller < stack.length && isJdk(stack[caller])) {
            caller++;
        }
        if (caller == 0 || caller == stack.length || !ofClass(stack[caller], exercise)
                || !callsAWaitingApi(stack, caller) || !HELD_UP.contains(thread.getState())) {
            return Optional.empty();
        }
        StackTraceElement where = stack[caller];
        for (int i = caller; i < stack.length; i++) {
            if (ofClass(stack[i], exercise) && !stack[i].getClassName().contains("$$Lambda")) {
                where = stack[i]; // a method reference's hidden class says less than the method holding it
                break;
            }
        }
        return Optional.of("thread %s%s, in %s (line %d), was waiting in %s".formatted(
                thread.getName().isEmpty() ? "#" + thread.threadId() : thread.getName(),
                thread.isVirtual() ? " (virtual)" : "", method(where), where.getLineNumber(),
                blockingCall(stack, caller)));
    }

    /** The classes whose join, get, sleep, await... wait for other work (a lock the JDK takes inside supplyAsync does not). */
    private static final Set<String> WAITING_APIS = Set.of("java.util.concurrent.CompletableFuture",
            "java.util.concurrent.FutureTask", "java.util.concurrent.ForkJoinTask", "java.lang.Thread", "java.lang.Object",
            "java.util.concurrent.CountDownLatch", "java.util.concurrent.CyclicBarrier", "java.util.concurrent.Semaphore",
            "java.util.concurrent.LinkedBlockingQueue", "java.util.concurrent.ArrayBlockingQueue",
            "java.util.concurrent.SynchronousQueue");

    /** Whether, under the exercise's frame, the thread is inside one of the waiting calls an attendee writes. */
    private static boolean callsAWaitingApi(StackTraceElement[] stack, int caller) {
        for (int i = 0; i < caller; i++) {
            if (BLOCKING.contains(stack[i].getMethodName()) && WAITING_APIS.contains(stack[i].getClassName())) {
                return true;
            }
        }
        return false;
    }

    /** The call that blocks, such as "CompletableFuture.join()", rather than the JDK's internals under it. */
    private static String blockingCall(StackTraceElement[] stack, int caller) {
        for (int i = 0; i < caller; i++) {
            if (BLOCKING.contains(stack[i].getMethodName())) {
                return simpleName(stack[i].getClassName()) + "." + stack[i].getMethodName() + "()";
            }
        }
        return simpleName(stack[caller - 1].getClassName()) + "." + stack[caller - 1].getMethodName() + "()";
    }

    /** "GreetingTasks.gather", or "a lambda in GreetingTasks.gather". */
    private static String method(StackTraceElement frame) {
        String name = frame.getMethodName();
        String owner = simpleName(frame.getClassName());
        if (name.startsWith("lambda$")) {
            String[] parts = name.split("\\$");
            return "a lambda in " + owner + "." + (parts.length > 1 ? parts[1] : name);
        }
        return owner + "." + name;
    }

    private static boolean isJdk(StackTraceElement frame) {
        String name = frame.getClassName();
        return name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")
                || name.startsWith("com.sun.");
    }

    private static boolean ofClass(StackTraceElement frame, Class<?> exercise) {
        return frame.getClassName().equals(exercise.getName()) || frame.getClassName().startsWith(exercise.getName() + "$");
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
