package workbook.threads;

import java.time.Duration;

/**
 * The work between reading a value and writing it back: the window in which a race happens.
 *
 * <p>{@link HitCounter} passes through it once per hit. The lesson's window is a short pause that
 * makes lost updates happen on every run; a test can hold threads inside it instead, and so make
 * a race certain rather than likely.
 */
@FunctionalInterface
public interface RaceWindow {

    /** Does the work between the read and the write. */
    void pass() throws InterruptedException;

    /** A window that lasts {@code duration}. */
    static RaceWindow pause(Duration duration) {
        return () -> Thread.sleep(duration);
    }
}
