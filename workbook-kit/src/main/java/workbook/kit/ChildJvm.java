package workbook.kit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A main class of this program in a JVM of its own (same JDK, same class path), watched from outside
 * and talked to line by line.
 *
 * <p>Some things only show from outside a JVM (does it exit once {@code main} returns?), some need a
 * JVM set up differently (a smaller common pool), some must not share a process (a server and its
 * load). Every wait here has a time limit. {@link #close()} ends the child's input, gives it
 * {@link Builder#stopGrace a grace} to exit by itself, then kills it; a shutdown hook kills it too if
 * this JVM ends first: no child outlives its parent.
 */
public final class ChildJvm implements AutoCloseable {

    /** How a child is started: {@code ChildJvm.of(Main.class).jvmOptions(...).echo(...).start(args)}. */
    public static final class Builder {
        private final Class<?> main;
        private String name;
        private List<String> jvmOptions = List.of();
        private Consumer<String> echo = line -> { };
        private Duration stopGrace = Duration.ofSeconds(10);

        private Builder(Class<?> main) {
            this.main = main;
            this.name = main.getSimpleName();
        }

        /** The name used in messages and for the thread reading its output. */
        public Builder named(String name) {
            this.name = name;
            return this;
        }

        /** Options for the child's {@code java} command, before the main class. */
        public Builder jvmOptions(List<String> jvmOptions) {
            this.jvmOptions = List.copyOf(jvmOptions);
            return this;
        }

        /** Hears every line the child prints, as it prints it. */
        public Builder echo(Consumer<String> echo) {
            this.echo = echo;
            return this;
        }

        /** How long {@link #close()} waits for the child to exit by itself before killing it. */
        public Builder stopGrace(Duration stopGrace) {
            this.stopGrace = stopGrace;
            return this;
        }

        public ChildJvm start(String... args) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Dstdout.encoding=UTF-8");
            command.addAll(jvmOptions);
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(main.getName());
            command.addAll(List.of(args));
            return new ChildJvm(this, new ProcessBuilder(command).redirectErrorStream(true).start());
        }
    }

    private final String name;
    private final Duration stopGrace;
    private final Process process;
    private final PrintStream in;
    private final List<String> output = new ArrayList<>(); // guarded by itself; notified on every line
    private final Thread reader;
    private final Thread reaper;
    private int expected; // how far expect() has read

    private ChildJvm(Builder builder, Process process) {
        this.name = builder.name;
        this.stopGrace = builder.stopGrace;
        this.process = process;
        this.in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Consumer<String> echo = builder.echo;
        this.reader = Thread.ofPlatform().name(name + "-output").daemon().start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    synchronized (output) {
                        output.add(line);
                        output.notifyAll();
                    }
                    echo.accept(line);
                }
            } catch (IOException killed) {
                // its output ends here
            }
        });
        this.reaper = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** A child that will run {@code main}. */
    public static Builder of(Class<?> main) {
        return new Builder(main);
    }

    /** Starts {@code main} with {@code args}, named {@code name} in messages. */
    public static ChildJvm start(String name, Class<?> main, String... args) throws IOException {
        return of(main).named(name).start(args);
    }

    /** Starts {@code main} with {@code jvmOptions} and {@code args}; every line it prints goes to {@code echo} too. */
    public static ChildJvm start(Class<?> main, List<String> jvmOptions, Consumer<String> echo, String... args)
            throws IOException {
        return of(main).jvmOptions(jvmOptions).echo(echo).start(args);
    }

    /** Sends one line to the child's standard input. */
    public void send(String line) {
        in.println(line);
    }

    /**
     * The next line, after those already expected, that starts with {@code prefix}, within {@code limit};
     * fails naming what it printed instead.
     */
    public String expect(String prefix, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (output) {
            while (true) {
                while (expected < output.size()) {
                    String line = output.get(expected++);
                    if (line.startsWith(prefix)) {
                        return line;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException(name + " printed no \"" + prefix + "\" line within "
                            + limit.toSeconds() + " s" + (process.isAlive() ? "" : " (it exited)") + "; it printed: " + output);
                }
                TimeUnit.NANOSECONDS.timedWait(output, left);
            }
        }
    }

    /** Waits up to {@code limit} for a line equal to {@code line}, printed at any time; false if it did not come. */
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

    /**
     * Waits for the JVM to exit, for as long as it keeps working at it: false once it went {@code idle} without a
     * moment of CPU (a JVM kept alive by a thread that waits), or after {@code atMost}. A busy machine slows a JVM
     * that is shutting down; it does not make it sit idle.
     */
    public boolean awaitExitWhileWorking(Duration idle, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        Duration cpuBefore = cpu();
        while (!process.waitFor(idle.toNanos(), TimeUnit.NANOSECONDS)) {
            Duration cpu = cpu();
            if (cpu.equals(cpuBefore) || System.nanoTime() > deadline) {
                return false;
            }
            cpuBefore = cpu;
        }
        return true;
    }

    private Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
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

    /** Ends its input (a child reading commands stops by itself), waits up to the grace, kills what is left. */
    @Override
    public void close() throws InterruptedException {
        in.close();
        if (!process.waitFor(stopGrace.toNanos(), TimeUnit.NANOSECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        reader.join(Duration.ofSeconds(5));
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }
}
