package workbook.tool;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.NonBlockingReader;

/**
 * Watch mode's keyboard: single keys, no Enter, on a terminal (JLine puts it in raw mode and puts it
 * back on exit, Ctrl-C included); lines on anything else (a pipe, a test, a dumb terminal).
 */
final class Keys implements AutoCloseable {

    private final BlockingQueue<String> typed = new LinkedBlockingQueue<>();
    private final boolean single;
    private final Runnable restore;

    private Keys(boolean single, Runnable restore) {
        this.single = single;
        this.restore = restore;
    }

    /** Whole lines from {@code in}: a command is a letter and Enter. */
    static Keys lines(InputStream in) {
        Keys keys = new Keys(false, () -> { });
        Thread.ofPlatform().daemon().name("watch-lines").start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    keys.typed.add(line.strip());
                }
            } catch (IOException closed) {
                // no more commands: watching files goes on
            }
        });
        return keys;
    }

    /** Single keys from the terminal, or lines from standard input when there is no terminal. */
    static Keys terminal() {
        java.io.Console console = System.console();
        if (console == null || !console.isTerminal() || "dumb".equals(System.getenv("TERM"))) {
            return lines(System.in);
        }
        try {
            // JLine switches the terminal to raw mode and back (on close, or at exit). Its reader is read with a
            // timeout, so the reading thread sees the end within 0.1 s and closing never waits on a read.
            Terminal terminal = TerminalBuilder.builder().system(true).provider("exec").dumb(false).build();
            terminal.enterRawMode();
            NonBlockingReader reader = terminal.reader();
            AtomicBoolean open = new AtomicBoolean(true);
            Thread[] reading = new Thread[1];
            Keys keys = new Keys(true, () -> {
                open.set(false);
                try {
                    reading[0].join(Duration.ofSeconds(1));
                    terminal.close();
                } catch (IOException | InterruptedException ignored) {
                    // the terminal is gone already, or we are leaving anyway
                }
            });
            reading[0] = Thread.ofPlatform().daemon().name("watch-keys").start(() -> {
                try {
                    while (open.get()) {
                        int key = reader.read(100);
                        if (key == 3) { // Ctrl-C stops at once, even in the middle of a verdict; JLine puts the terminal back
                            System.out.println("\n^C: stopped; progress is saved.");
                            System.exit(130);
                        }
                        if (key >= 0) {
                            keys.typed.add(key == 4 ? "q" : String.valueOf((char) key)); // Ctrl-D as q
                        }
                    }
                } catch (IOException closed) {
                    // the terminal went away: watching files goes on
                }
            });
            return keys;
        } catch (IOException | RuntimeException noRawMode) {
            return lines(System.in);
        }
    }

    /** Whether a key is a command by itself (no Enter). */
    boolean single() {
        return single;
    }

    /** The next command, or null when none came within {@code wait}. */
    String poll(Duration wait) throws InterruptedException {
        return typed.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        restore.run();
    }
}
