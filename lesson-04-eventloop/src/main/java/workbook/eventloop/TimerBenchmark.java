package workbook.eventloop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A million concurrent one-second timers: this loop beside the JDK's scheduler, virtual threads,
 * Node's {@code setTimeout} and CPython's {@code asyncio.sleep}. Not a test: a measurement.
 *
 * <p>Each contender runs in a process of its own, so its peak resident memory (the kernel's
 * high-water mark) is its own. Wall time runs from setting the first timer to the last one firing;
 * the ideal is 1 s, and everything above it is the cost of handling a million of them.
 */
public final class TimerBenchmark {

    /** One contender's result: {@code skipped} says why it did not run. */
    public record Result(String contender, Duration wall, long peakRssKib, String skipped) {
    }

    private static final Duration DELAY = Duration.ofSeconds(1);
    /**
     * The same for every Java contender: room for a million threads, a heap sized up front (a young
     * generation that holds a million live timers is not copied half-way through), and the
     * throughput collector.
     */
    private static final List<String> JAVA_OPTIONS = List.of("-Xmx8g", "-Xms1g", "-XX:+UseParallelGC");
    private static final String RESULT = "RESULT ";

    private TimerBenchmark() {
    }

    /** {@code TimerBenchmark [timers]} prints the table; {@code TimerBenchmark --one NAME timers} is one contender. */
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--one")) {
            Duration wall = runHere(args[1], Integer.parseInt(args[2]));
            System.out.println(RESULT + wall.toNanos() + " " + peakRssKib());
            return;
        }
        int timers = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        run(timers, System.out::println);
    }

    // tag::run[]
    /** Runs every contender that is installed, one after another, and prints the table. */
    public static List<Result> run(int timers, Consumer<String> out) throws IOException, InterruptedException {
        out.accept(String.format(Locale.ROOT, "%,d concurrent timers of %d s, each contender in a process of its own (Java: %s):",
                timers, DELAY.toSeconds(), String.join(" ", JAVA_OPTIONS)));
        List<Result> results = new ArrayList<>();
        for (String contender : List.of("EventLoop", "ScheduledThreadPoolExecutor", "virtual threads")) {
            results.add(inChild(contender, javaCommand(contender, timers)));
        }
        results.add(inChild("Node setTimeout", List.of("node", "-e", NODE.formatted(timers))));
        results.add(inChild("CPython asyncio.sleep", List.of("python3", "-c", PYTHON.formatted(timers))));
        out.accept(String.format(Locale.ROOT, "| %-28s | %9s | %13s |", "contender", "wall", "peak RSS"));
        out.accept("|" + "-".repeat(30) + "|" + "-".repeat(11) + "|" + "-".repeat(15) + "|");
        for (Result result : results) {
            out.accept(result.skipped() != null
                    ? String.format(Locale.ROOT, "| %-28s | %-27s |", result.contender(), result.skipped())
                    : String.format(Locale.ROOT, "| %-28s | %7.2f s | %,9d MiB |", result.contender(),
                            result.wall().toNanos() / 1e9, result.peakRssKib() / 1024));
        }
        return results;
    }
    // end::run[]

    // tag::contenders[]
    /** From setting the first timer (the loop, the scheduler or the executor already made) to the last one firing. */
    private static Duration runHere(String contender, int timers) throws InterruptedException {
        long[] start = new long[1];
        switch (contender) {
            case "EventLoop" -> {
                int[] fired = new int[1];
                Runnable tick = () -> fired[0]++; // one callback for all, as Node's benchmark below
                EventLoop.run(loop -> {
                    start[0] = System.nanoTime();
                    for (int i = 0; i < timers; i++) {
                        loop.setTimeout(DELAY, tick);
                    }
                });
                check(fired[0], timers);
            }
            case "ScheduledThreadPoolExecutor" -> {
                CountDownLatch fired = new CountDownLatch(timers);
                ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
                start[0] = System.nanoTime();
                for (int i = 0; i < timers; i++) {
                    scheduler.schedule(fired::countDown, DELAY.toNanos(), TimeUnit.NANOSECONDS);
                }
                fired.await();
                scheduler.shutdown();
            }
            case "virtual threads" -> {
                CountDownLatch fired = new CountDownLatch(timers);
                try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                    start[0] = System.nanoTime();
                    for (int i = 0; i < timers; i++) {
                        threads.submit(() -> {
                            Thread.sleep(DELAY);
                            fired.countDown();
                            return null;
                        });
                    }
                    fired.await();
                }
            }
            default -> throw new IllegalArgumentException("no such contender: " + contender);
        }
        return Duration.ofNanos(System.nanoTime() - start[0]);
    }

    private static final String NODE = """
            const n = %d; let fired = 0; const start = process.hrtime.bigint();
            const tick = () => { if (++fired === n) {
              const wall = process.hrtime.bigint() - start;
              console.log('RESULT ' + wall + ' ' + process.resourceUsage().maxRSS); } };
            for (let i = 0; i < n; i++) setTimeout(tick, 1000);
            """;

    private static final String PYTHON = """
            import asyncio, resource, time
            async def one():
                await asyncio.sleep(1)
            async def main(n):
                await asyncio.gather(*(one() for _ in range(n)))
            start = time.perf_counter_ns()
            asyncio.run(main(%d))
            wall = time.perf_counter_ns() - start
            print('RESULT', wall, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
            """;
    // end::contenders[]

    private static void check(int fired, int timers) {
        if (fired != timers) {
            throw new IllegalStateException(fired + " of " + timers + " timers fired");
        }
    }

    private static List<String> javaCommand(String contender, int timers) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(JAVA_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                TimerBenchmark.class.getName(), "--one", contender, Integer.toString(timers)));
        return command;
    }

    private static Result inChild(String contender, List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return new Result(contender, Duration.ZERO, 0, "not installed (" + command.getFirst() + ")");
        }
        Thread reaper = new Thread(process::destroyForcibly); // stopped early (Ctrl+C, a timeout): no orphan keeps running
        Runtime.getRuntime().addShutdownHook(reaper);
        try {
            return resultOf(contender, process);
        } finally {
            Runtime.getRuntime().removeShutdownHook(reaper);
        }
    }

    private static Result resultOf(String contender, Process process) throws IOException, InterruptedException {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            String last = output.lines().reduce((first, second) -> second).orElse("no output");
            return new Result(contender, Duration.ZERO, 0, "failed: " + last.substring(0, Math.min(40, last.length())));
        }
        String[] line = output.lines().filter(l -> l.startsWith(RESULT)).findFirst().orElseThrow().split(" ");
        return new Result(contender, Duration.ofNanos(Long.parseLong(line[1])), Long.parseLong(line[2]), null);
    }

    /** The process's peak resident set so far, in KiB, from the kernel's own account. */
    private static long peakRssKib() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElse(0);
    }
}
