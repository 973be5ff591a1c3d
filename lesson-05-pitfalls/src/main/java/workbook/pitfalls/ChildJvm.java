package workbook.pitfalls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Another Java program, started on the same JDK and class path as this one, watched from outside.
 *
 * <p>Some mistakes only show from outside the JVM (it never exits) or need a JVM set up differently
 * (a smaller common pool). Every wait here has a time limit, and {@link #close()} kills what is left.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final Thread reader;

    private ChildJvm(Process process, Consumer<String> echo) {
        this.process = process;
        this.reader = Thread.ofPlatform().name("child-output").daemon().start(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    synchronized (output) {
                        output.add(line);
                        output.notifyAll();
                    }
                    echo.accept(line);
                }
            } catch (IOException closed) {
                // the child was killed: its output ends here
            }
        });
    }

    /** Starts {@code main} with {@code jvmOptions}; every line it prints goes to {@code echo} as well. */
    public static ChildJvm start(Class<?> main, List<String> jvmOptions, Consumer<String> echo, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dstdout.encoding=UTF-8");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start(), echo);
    }

    /** Waits up to {@code limit} for a line equal to {@code line}; false if it did not come. */
    public boolean awaitLine(String line, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (output) {
            while (!output.contains(line)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(output, left);
            }
            return true;
        }
    }

    /** Waits up to {@code limit} for the JVM to exit; false if it is still running. */
    public boolean awaitExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** The exit code, once it has exited. */
    public int exitCode() {
        return process.exitValue();
    }

    /** Everything it printed so far. */
    public List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    /** Kills the JVM if it still runs, and waits for its last output. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        process.waitFor(10, TimeUnit.SECONDS);
        reader.join(Duration.ofSeconds(5));
    }
}
