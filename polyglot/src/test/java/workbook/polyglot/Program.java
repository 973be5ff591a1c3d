package workbook.polyglot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** A Python or JavaScript program of the talk, run for real in a child process with a time limit. */
record Program(String runtime, List<String> options, Path file, List<String> arguments) {

    Program(String runtime, Path file, List<String> arguments) {
        this(runtime, List.of(), file, arguments);
    }

    /** What a run printed, and how long the program itself measured (its "elapsed:" line on stderr, if any). */
    record Run(List<String> stdout, List<String> stderr, int exitCode, Duration wallTime) {

        /** The time the program measured between its first and last line, or the wall time if it did not say. */
        Duration elapsed() {
            return stderr.stream().filter(line -> line.startsWith("elapsed: "))
                    .map(line -> Duration.ofNanos((long) (Double.parseDouble(line.substring(9).replace(" s", "")) * 1e9)))
                    .findFirst().orElse(wallTime);
        }

        /** stderr without the timing line. */
        List<String> errors() {
            return stderr.stream().filter(line -> !line.startsWith("elapsed: ")).toList();
        }
    }

    /** A run that goes this long with next to no CPU hangs: the child is killed and the test fails, naming it. */
    static final Duration LIMIT = Duration.ofSeconds(30);
    /** However much CPU it uses, no run may take longer than this. */
    static final Duration MOST = Duration.ofMinutes(5);

    static Path talk() {
        return Path.of(System.getProperty("polyglot.talk", "src/talk"));
    }

    static Program python(String name, String... arguments) {
        return new Program("python3", talk().resolve("python").resolve(name), List.of(arguments));
    }

    static Program node(String name, String... arguments) {
        return new Program("node", talk().resolve("javascript").resolve(name), List.of(arguments));
    }

    static Program puzzle(String name) {
        return new Program("node", talk().resolve("puzzles").resolve(name + ".js"), List.of());
    }

    static Program asyncioPuzzle(String name) {
        return new Program("python3", talk().resolve("asyncio-puzzles").resolve(name + ".py"), List.of());
    }

    static Program twoRuntimes(String name, String runtime, String extension) {
        return new Program(runtime, talk().resolve("two-runtimes").resolve(name + extension), List.of());
    }

    /**
     * A one-file Java program of a lesson ({@code <lesson>/jbang/NAME.java}), run by this JDK's source launcher
     * with preview features on, as its {@code //PREVIEW} line asks JBang to.
     */
    static Program previewJava(String lesson, String name) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new Program(java, List.of("--enable-preview", "--source", String.valueOf(Runtime.version().feature())),
                Path.of("..", lesson, "jbang", name + ".java"), List.of());
    }

    /** Skips the calling test, naming the runtime, when it is not installed. */
    static void assumeInstalled(String runtime) {
        Assumptions.assumeTrue(installed(runtime), () -> runtime + " is not installed (not on the PATH): "
                + "the comparisons with it are skipped. Install it to run them.");
    }

    private static final Map<String, Boolean> INSTALLED = new java.util.concurrent.ConcurrentHashMap<>();

    static boolean installed(String runtime) {
        return INSTALLED.computeIfAbsent(runtime, name -> {
            try {
                Process probe = new ProcessBuilder(name, "--version").redirectErrorStream(true).start();
                probe.getInputStream().readAllBytes();
                if (!probe.waitFor(10, TimeUnit.SECONDS)) {
                    probe.destroyForcibly();
                    return false;
                }
                return probe.exitValue() == 0;
            } catch (IOException | InterruptedException absent) {
                return false;
            }
        });
    }

    /** Starts the program now; the future completes when it ends, or fails once it has been killed. */
    CompletableFuture<Run> start() {
        assumeInstalled(runtime);
        return CompletableFuture.supplyAsync(this::runNow, command -> Thread.ofVirtual().start(command));
    }

    /** Runs the program to its end, at most {@link #LIMIT}. */
    Run run() {
        assumeInstalled(runtime);
        return runNow();
    }

    private Run runNow() {
        List<String> command = new ArrayList<>(List.of(runtime));
        command.addAll(options);
        command.add(file.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        builder.environment().put("PYTHONUNBUFFERED", "1");
        long start = System.nanoTime();
        Process process = null;
        try {
            process = builder.start();
            Process started = process;
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(started.getInputStream()),
                    task -> Thread.ofVirtual().start(task));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(started.getErrorStream()),
                    task -> Thread.ofVirtual().start(task));
            if (!endsOrHangs(process)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new AssertionError(String.join(" ", command) + " was still running after "
                        + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s, with next to no CPU used in the last "
                        + LIMIT.toSeconds() + " s: killed. It printed so far:\n" + out.getNow("(nothing)"));
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            return new Run(out.get(5, TimeUnit.SECONDS).lines().toList(), err.get(5, TimeUnit.SECONDS).lines().toList(),
                    process.exitValue(), wall);
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException failed) {
            throw new AssertionError("could not run " + String.join(" ", command) + ": " + failed, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + String.join(" ", command), interrupted);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly(); // never leave a child behind, whatever happened
            }
        }
    }

    /**
     * Waits for the program's end: true when it ends, false once it went {@link #LIMIT} using less than 0.1 s of CPU
     * (it and the processes it started), or after {@link #MOST}. A busy machine slows a program that computes, so
     * the wall clock alone cannot tell it from one that hangs.
     */
    private static boolean endsOrHangs(Process process) throws InterruptedException {
        long deadline = System.nanoTime() + MOST.toNanos();
        Duration cpuBefore = cpuOf(process.toHandle());
        while (!process.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
            Duration cpu = cpuOf(process.toHandle());
            if (cpu.minus(cpuBefore).compareTo(Duration.ofMillis(100)) < 0 || System.nanoTime() > deadline) {
                return false;
            }
            cpuBefore = cpu;
        }
        return true;
    }

    private static Duration cpuOf(ProcessHandle process) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(process), process.descendants())
                .map(handle -> handle.info().totalCpuDuration().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus);
    }

    private static String drain(java.io.InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException closed) {
            return "";
        }
    }

    @Override
    public String toString() {
        return runtime + " " + talk().relativize(file) + (arguments.isEmpty() ? "" : " " + String.join(" ", arguments));
    }
}
