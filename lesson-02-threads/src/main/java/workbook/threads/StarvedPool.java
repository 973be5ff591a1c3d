package workbook.threads;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import workbook.kit.Greeting;
import workbook.kit.Timeline;

/** Tasks that never run: groups greeted on a {@link GroupGreeter} with a small pool, watched for a while. */
public final class StarvedPool {

    /** What happened within the patience: who was greeted, and which threads were stuck where. */
    public record Outcome(boolean finished, Duration after, List<String> greeted, int expected, String stuck) {
    }

    private StarvedPool() {
    }

    // tag::run[]
    /** Two groups of three, each person greeted after 0.2 s: the work of the "tasks that never run" example. */
    public static final List<List<Greeting>> GROUPS = List.of(
            Greeting.group(Duration.ofMillis(200), "Guido van Rossum", "Sebastián Ramírez", "Luciano Ramalho"),
            Greeting.group(Duration.ofMillis(200), "Brendan Eich", "Ryan Dahl", "Philip Roberts"));

    /** Greets {@code groups} with {@code workers} pool threads; gives up after {@code patience}. */
    public static Outcome run(int workers, List<List<Greeting>> groups, Duration patience, Consumer<String> out)
            throws InterruptedException {
        int expected = groups.stream().mapToInt(List::size).sum();
        List<String> greeted = new CopyOnWriteArrayList<>();
        out.accept("Greeting " + groups.size() + " groups (" + expected + " people) on a pool of " + workers
                + " workers...");
        long start = System.nanoTime();
        ThreadGroup ours = new ThreadGroup("greeting groups"); // the pool's threads join it: only ours are reported
        try (GroupGreeter greeter = new GroupGreeter(workers, line -> {
            greeted.add(line);
            out.accept(line);
        })) {
            CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
                try {
                    greeter.greetGroups(groups);
                } catch (InterruptedException | ExecutionException stopped) {
                    throw new IllegalStateException("greeting stopped", stopped);
                }
            }, runnable -> Thread.ofPlatform().group(ours).name("greet-groups").daemon().start(runnable));
            try {
                done.get(patience.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stuck) {
                Duration after = Duration.ofNanos(System.nanoTime() - start);
                String where = stuckThreads(ours);
                out.accept("Stuck after " + Timeline.seconds(after) + ": " + greeted.size() + " of " + expected
                        + " greeted. Threads inside GroupGreeter:\n" + where);
                return new Outcome(false, after, List.copyOf(greeted), expected, where);
            } catch (ExecutionException failed) {
                throw new IllegalStateException("greeting the groups failed", failed.getCause());
            }
        } // close(): stuck workers are interrupted, queued greetings dropped
        Duration after = Duration.ofNanos(System.nanoTime() - start);
        out.accept("All " + greeted.size() + " greeted in " + Timeline.seconds(after));
        return new Outcome(true, after, List.copyOf(greeted), expected, "");
    }
    // end::run[]

    /** Every thread of {@code group} with GroupGreeter on its stack: its name, state and the call it waits in. */
    static String stuckThreads(ThreadGroup group) {
        String owner = GroupGreeter.class.getName();
        List<String> lines = new ArrayList<>();
        Thread[] threads = new Thread[group.activeCount() + 16];
        for (Thread thread : Arrays.copyOf(threads, group.enumerate(threads))) {
            StackTraceElement[] stack = thread.getStackTrace();
            Arrays.stream(stack).filter(frame -> isIn(frame, owner)).findFirst().ifPresent(inGreeter -> {
                StackTraceElement waitingIn = Arrays.stream(stack)
                        .filter(frame -> !frame.getClassName().startsWith("jdk.internal")
                                && !frame.getClassName().startsWith("java.util.concurrent.locks"))
                        .findFirst().orElse(inGreeter);
                lines.add("  \"" + thread.getName() + "\" " + thread.getState() + " in "
                        + simple(waitingIn) + ", called from " + simple(inGreeter));
            });
        }
        lines.sort(null);
        return lines.isEmpty() ? "  (none)" : String.join("\n", lines);
    }

    private static boolean isIn(StackTraceElement frame, String owner) {
        return frame.getClassName().equals(owner) || frame.getClassName().startsWith(owner + "$");
    }

    private static String simple(StackTraceElement frame) {
        String className = frame.getClassName();
        return className.substring(className.lastIndexOf('.') + 1) + "." + frame.getMethodName();
    }
}
