package workbook.kit;

/** Real time, from {@link System#nanoTime()}: waiting until a deadline takes exactly that long. */
public final class SystemClock implements Clock {

    static final SystemClock INSTANCE = new SystemClock();
    private static final long ORIGIN = System.nanoTime();

    private SystemClock() {
    }

    @Override
    public long nanos() {
        return System.nanoTime() - ORIGIN;
    }

    @Override
    public long idleUntil(long deadline) {
        return deadline - nanos();
    }

    @Override
    public String toString() {
        return "system clock";
    }
}
