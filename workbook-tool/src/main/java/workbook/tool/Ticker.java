package workbook.tool;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * "judging NAME…" at once, then, on a terminal, on the same line until the verdict replaces it: how many
 * tests are done of how many, and the seconds going by. The screen never looks stuck while slow tests wait.
 */
final class Ticker implements Judge.Listener, AutoCloseable {

    private final PrintStream out;
    private final AtomicInteger tests = new AtomicInteger(-1);
    private final AtomicInteger finished = new AtomicInteger();
    private final Optional<Thread> ticking;

    Ticker(Exercise exercise, PrintStream out, Screen screen) {
        this.out = out;
        String what = "judging " + exercise.name() + "…";
        if (!screen.ansi()) {
            out.println(what);
            out.flush();
            this.ticking = Optional.empty();
            return;
        }
        out.print(what);
        out.flush();
        long start = System.nanoTime();
        this.ticking = Optional.of(Thread.ofPlatform().daemon().name("ticker").start(() -> {
            try {
                while (true) {
                    Thread.sleep(200); // a clock on screen, not a synchronisation
                    String state = tests.get() < 0 ? "compiling" : "%d of %s done".formatted(finished.get(), Screen.count(tests.get(), "test"));
                    out.print("\r\u001b[K" + what + " " + screen.dim(state + ", %.1f s".formatted((System.nanoTime() - start) / 1e9)));
                    out.flush();
                }
            } catch (InterruptedException verdictIsIn) {
                // the verdict replaces the line
            }
        }));
    }

    @Override
    public void testsFound(int count) {
        tests.set(count);
    }

    @Override
    public void testFinished(String test, boolean passed) {
        finished.incrementAndGet();
    }

    @Override
    public void close() {
        ticking.ifPresent(thread -> {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.print("\r\u001b[K");
            out.flush();
        });
    }
}
