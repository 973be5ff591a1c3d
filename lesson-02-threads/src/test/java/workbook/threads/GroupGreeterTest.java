package workbook.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.kit.Goal;
import workbook.kit.Greeting;
import workbook.kit.MachineLoad;
import workbook.kit.Timeline;

/** Judges 02-group-greeter. Every test only waits, each with a greeter of its own: they run side by side. */
@Execution(ExecutionMode.CONCURRENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GroupGreeterTest {

    private static final Duration PATIENCE = Duration.ofSeconds(3);

    /** Where a greeting ran: its thread, and whether it ran inside a parallel stream or inside a group's task. */
    private record Greeted(String line, Thread thread, boolean inStream, boolean inGroupTask) {
    }

    private final List<Greeted> greeted = new CopyOnWriteArrayList<>();

    @Test
    @Order(1)
    @Timeout(10) // StarvedPool gives up after PATIENCE; this is only the last resort
    @Goal(exercise = GroupGreeter.class, failsBecause = "tasks never ran")
    void twoGroupsOnTwoWorkersAreAllGreetedSideBySide() throws InterruptedException {
        StarvedPool.Outcome outcome;
        try (MachineLoad machine = MachineLoad.probe(Duration.ofMillis(10))) {
            outcome = StarvedPool.run(2, StarvedPool.GROUPS, PATIENCE, recordWhereGreetingsRun());
            if (outcome.finished() && greeted.stream().allMatch(one -> whereItRan(one).isEmpty())) {
                // right mechanism, late: by no more than the machine held this JVM back, it is not judged
                machine.notJudgedIfTheMachineExplains("greeting 2 groups of 3 on 2 workers", outcome.after(),
                        Duration.ofSeconds(2));
            }
        }

        for (Greeted one : greeted) { // first: where they ran explains why some may not have run at all
            assertThat(whereItRan(one)).withFailMessage("%s", whereItRan(one)).isEmpty();
        }
        assertFinished(outcome, 2, StarvedPool.GROUPS.size());
        assertThat(outcome.greeted()).hasSize(6).contains("Hello Guido van Rossum 👋", "Hello Philip Roberts 👋");
        assertThat(outcome.after()).withFailMessage("""
                greeting 2 groups of 3 (each person after 0.2 s) on 2 workers took %s, expected between 0.20 s \
                and 2.00 s: the six greetings should wait side by side. Look at GroupGreeter.greetGroup.""",
                Timeline.seconds(outcome.after())).isBetween(Duration.ofMillis(200), Duration.ofSeconds(2));
    }

    @Test
    @Order(2)
    @Timeout(10)
    @Goal(exercise = GroupGreeter.class, failsBecause = "tasks never ran")
    void thirtyTwoGroupsOnTwoWorkersAreAllGreeted() throws InterruptedException {
        // more groups than any pool a few times bigger has threads: 16 rounds of 50 ms on the 2 workers
        List<List<Greeting>> groups = IntStream.rangeClosed(1, 32).mapToObj(group -> Greeting.group(
                Duration.ofMillis(50), "guest " + group + "a", "guest " + group + "b", "guest " + group + "c")).toList();

        StarvedPool.Outcome outcome = StarvedPool.run(2, groups, PATIENCE, line -> { });

        assertFinished(outcome, 2, groups.size());
        assertThat(outcome.greeted()).hasSize(96);
    }

    @Test
    @Order(3)
    @Timeout(10)
    void closeShutsDownEveryExecutorAndEndsEveryThread() throws Exception {
        ThreadGroup started = new ThreadGroup("GroupGreeter");
        CompletableFuture<GroupGreeter> closed = new CompletableFuture<>();
        Thread caller = Thread.ofPlatform().group(started).name("greets the groups").start(() -> {
            GroupGreeter greeter = new GroupGreeter(2, line -> { });
            try (greeter) {
                greeter.greetGroups(List.of(StarvedPool.GROUPS.getFirst()));
            } catch (Throwable failure) {
                closed.completeExceptionally(failure);
                return;
            }
            closed.complete(greeter);
        });
        GroupGreeter greeter = closed.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        caller.join();

        List<String> open = new ArrayList<>();
        for (Field field : GroupGreeter.class.getDeclaredFields()) {
            if (ExecutorService.class.isAssignableFrom(field.getType())) {
                field.setAccessible(true);
                ExecutorService executor = (ExecutorService) field.get(greeter);
                if (executor != null && !executor.isShutdown()) {
                    open.add(field.getName());
                }
            }
        }
        assertThat(open).withFailMessage("""
                after close(), GroupGreeter's executors %s were not shut down: an executor is a resource, and \
                one that is never shut down keeps accepting work, and may keep threads alive. Look at \
                GroupGreeter.close.""", open).isEmpty();
        List<String> alive = stillAlive(started, Duration.ofSeconds(1));
        assertThat(alive).withFailMessage("""
                1 s after close(), threads started by GroupGreeter were still alive: %s. Look at \
                GroupGreeter.close: does it end everything the greeter started?""", alive).isEmpty();
    }

    @Test
    @Order(4)
    @Timeout(10)
    void aWorkerLeftOverRunsTheQueuedGreetings() throws InterruptedException {
        // one group on two workers: one waits, the other greets; slow, but it never starves
        StarvedPool.Outcome outcome = StarvedPool.run(2, List.of(StarvedPool.GROUPS.getFirst()), PATIENCE, line -> { });

        assertThat(outcome.finished()).withFailMessage("one group on two workers was stuck:\n%s", outcome.stuck()).isTrue();
        assertThat(outcome.greeted()).containsExactlyInAnyOrder(
                "Hello Guido van Rossum 👋", "Hello Sebastián Ramírez 👋", "Hello Luciano Ramalho 👋");
    }

    private static void assertFinished(StarvedPool.Outcome outcome, int workers, int groups) {
        long inside = outcome.stuck().lines().filter(line -> line.endsWith("called from GroupGreeter.greetGroup")).count();
        String biggerPool = inside > workers ? """
                 %d threads were waiting inside GroupGreeter, for %d workers: a bigger pool only moves the number \
                of groups at which it starves.""".formatted(inside, workers) : "";
        assertThat(outcome.finished())
                .withFailMessage("""
                        greeting %d groups on %d workers was stuck after %s: %d of %d greetings ran, \
                        the other tasks never ran, expected all %d greeted well within %s.%s Threads inside GroupGreeter:
                        %s
                        Look at GroupGreeter.greetGroup: where do the greetings wait to run, and who is left to run them?""",
                        groups, workers, Timeline.seconds(outcome.after()), outcome.greeted().size(), outcome.expected(),
                        outcome.expected(), Timeline.seconds(PATIENCE), biggerPool, outcome.stuck())
                .isTrue();
    }

    /** Records, for every greeting, where it runs. */
    private Consumer<String> recordWhereGreetingsRun() {
        return line -> {
            if (line.startsWith("Hello ")) {
                List<StackWalker.StackFrame> stack = StackWalker.getInstance().walk(frames -> frames.toList());
                greeted.add(new Greeted(line, Thread.currentThread(),
                        stack.stream().anyMatch(frame -> frame.getClassName().startsWith("java.util.stream.")),
                        stack.stream().anyMatch(frame -> frame.getClassName().equals(GroupGreeter.class.getName())
                                && frame.getMethodName().equals("greetGroup"))));
            }
        };
    }

    /** Why a greeting ran in the wrong place, or "" when it had a thread of its own. */
    private static String whereItRan(Greeted one) {
        String who = "\"" + one.line() + "\" ran on " + one.thread().getName();
        if (one.inStream()) {
            return who + ", inside a parallel stream: a stream shares out work among the calling thread and the "
                    + "common pool, sized for computing; greetings that wait need threads of their own. Look at "
                    + "GroupGreeter.greetGroup.";
        }
        if (one.inGroupTask()) {
            return who + ", inside greetGroup, on the worker that runs its group's task: the greetings of a group "
                    + "take turns there. Look at GroupGreeter.greetGroup.";
        }
        if (one.thread() instanceof ForkJoinWorkerThread worker && worker.getPool() == ForkJoinPool.commonPool()) {
            return who + ", a thread of the common pool: it has as many workers as the machine has cores, minus one "
                    + "(here " + ForkJoinPool.getCommonPoolParallelism() + "), shared by the whole JVM, so on a small "
                    + "machine waiting greetings queue for it, and on a big one they only seem fine. Look at "
                    + "GroupGreeter.greetGroup.";
        }
        return "";
    }

    /** Names of the platform threads of {@code group} still alive after {@code grace}. */
    private static List<String> stillAlive(ThreadGroup group, Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        Thread[] threads = new Thread[64];
        int count = group.enumerate(threads);
        List<String> alive = new ArrayList<>();
        for (Thread thread : Arrays.copyOf(threads, count)) {
            thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (thread.isAlive()) {
                alive.add(thread.getName());
            }
        }
        return alive;
    }
}
