package workbook.book;

import static workbook.book.BookRun.Check.printedInOrder;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What the book says about the JVM it runs on, asked of that JVM while the book is built: a thread's stack,
 * the common pool's size, a virtual thread's name and carrier, a thread blocked on a monitor, a bare thread's
 * exception, {@code Thread.stop}.
 */
final class JvmFacts {

    private JvmFacts() {
    }

    static BookRun run() {
        return BookRun.computing("jvm-facts",
                "a platform thread reserves 1 MiB of stack; the common pool has one worker fewer than the cores; "
                        + "a virtual thread has no name unless given one and runs mounted on a carrier; a thread "
                        + "blocked on a monitor stays blocked when interrupted; a bare thread's exception is only "
                        + "printed; Thread.stop throws",
                printedInOrder("^stack reserved per platform thread \\(-Xss\\): 1024 KiB$",
                        "^common pool parallelism: (\\d+), on (\\d+) cores: one fewer|^common pool parallelism: 1, on 1 core",
                        "^an unnamed virtual thread's name: \"\"$",
                        "^a named one, running: VirtualThread\\[#\\d+,virtual-greeter-1\\]/runnable@ForkJoinPool-\\d+-worker-\\d+$",
                        "^blocked on a monitor, interrupted, 200 ms later: BLOCKED$",
                        "^a bare thread's exception: join\\(\\) returned normally; System.err got: "
                                + "Exception in thread \"bare\" java.lang.IllegalStateException: lost$",
                        "^Thread.stop\\(\\): UnsupportedOperationException$"),
                (out, timeline) -> facts(out));
    }

    private static void facts(Consumer<String> out) throws Exception {
        HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        out.accept("stack reserved per platform thread (-Xss): %s KiB".formatted(
                hotSpot.getVMOption("ThreadStackSize").getValue()));

        int cores = Runtime.getRuntime().availableProcessors();
        int parallelism = ForkJoinPool.getCommonPoolParallelism();
        out.accept("common pool parallelism: %d, on %d core%s%s".formatted(parallelism, cores, cores == 1 ? "" : "s",
                parallelism == cores - 1 ? ": one fewer" : ""));

        out.accept("an unnamed virtual thread's name: \"%s\"".formatted(Thread.ofVirtual().unstarted(() -> { }).getName()));
        CompletableFuture<String> running = new CompletableFuture<>();
        Thread.ofVirtual().name("virtual-greeter-1").start(() -> running.complete(Thread.currentThread().toString()))
                .join();
        out.accept("a named one, running: " + running.join());

        Object monitor = new Object();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = Thread.ofPlatform().daemon().start(() -> {
            synchronized (monitor) {
                holding.countDown();
                await(release);
            }
        });
        holding.await();
        Thread blocked = Thread.ofPlatform().daemon().start(() -> {
            synchronized (monitor) {
                // only reached once the holder lets go
            }
        });
        while (blocked.getState() != Thread.State.BLOCKED) {
            Thread.onSpinWait();
        }
        blocked.interrupt();
        blocked.join(Duration.ofMillis(200));
        out.accept("blocked on a monitor, interrupted, 200 ms later: " + blocked.getState());
        release.countDown();
        holder.join();
        blocked.join();

        // No handler of our own: the JVM's default one prints to System.err, which is caught here for a moment.
        java.io.ByteArrayOutputStream caught = new java.io.ByteArrayOutputStream();
        java.io.PrintStream err = System.err;
        System.setErr(new java.io.PrintStream(caught, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            Thread bare = Thread.ofPlatform().name("bare").start(() -> {
                throw new IllegalStateException("lost");
            });
            bare.join();
        } finally {
            System.setErr(err);
        }
        out.accept("a bare thread's exception: join() returned normally; System.err got: "
                + caught.toString(java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElse("(nothing)"));

        try {
            stop(Thread.ofPlatform().unstarted(() -> { }));
            out.accept("Thread.stop(): returned");
        } catch (UnsupportedOperationException refused) {
            out.accept("Thread.stop(): UnsupportedOperationException");
        }
    }

    @SuppressWarnings("removal")
    private static void stop(Thread thread) {
        thread.stop();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
