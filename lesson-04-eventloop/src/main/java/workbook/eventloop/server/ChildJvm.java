package workbook.eventloop.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A main class of this program in a JVM of its own (same JDK, same class path), talked to line by
 * line. Every wait has a time limit; {@link #close()} kills what still runs, and so does the end of
 * this JVM: no child outlives its parent.
 */
final class ChildJvm implements AutoCloseable {

    private final String name;
    private final Process process;
    private final PrintStream in;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final Thread reaper;

    private ChildJvm(String name, Process process) {
        this.name = name;
        this.process = process;
        this.in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread.ofPlatform().name(name + "-output").daemon().start(() -> {
            try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException killed) {
                // its output ends here
            }
        });
        this.reaper = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    static ChildJvm start(String name, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dstdout.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(name, new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    void send(String command) {
        in.println(command);
    }

    /** The next line starting with {@code prefix}, within {@code limit}; fails naming what it saw instead. */
    String expect(String prefix, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new IllegalStateException(name + " printed no \"" + prefix + "\" line within "
                        + limit.toSeconds() + " s" + (process.isAlive() ? "" : " (it exited)") + "; it printed: " + seen);
            }
            if (line.startsWith(prefix)) {
                return line;
            }
            seen.add(line);
        }
    }

    @Override
    public void close() throws InterruptedException {
        in.close(); // end of stdin: a server process stops by itself
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }
}
