package workbook.eventloop.server;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * This JVM's high-water marks: platform threads (virtual threads are not counted by the JVM's
 * thread bean), resident memory (the kernel's VmHWM) and used heap. {@link #reset()} starts a new
 * measuring window, so the peaks of a load run are the load run's own.
 */
public record ProcessPeaks(int platformThreads, long rssKib, long heapBytes) {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    /** The peaks since the JVM started, or since the last {@link #reset()}. */
    public static ProcessPeaks now() {
        long heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        return new ProcessPeaks(ManagementFactory.getThreadMXBean().getPeakThreadCount(), peakRssKib(), heap);
    }

    /** Forgets the peaks so far; resident memory only where the kernel allows it (Linux). */
    public static void reset() {
        ManagementFactory.getThreadMXBean().resetPeakThreadCount();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            Files.writeString(CLEAR_REFS, "5"); // "reset the peak resident set size", see proc(5)
        } catch (IOException | UnsupportedOperationException notHere) {
            // the high-water mark then counts from the JVM's start
        }
    }

    /** Platform threads alive now. */
    public static int platformThreadsNow() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    private static long peakRssKib() {
        try {
            return Files.readAllLines(STATUS).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(0);
        } catch (IOException notLinux) {
            return 0;
        }
    }

    public String line() {
        return String.format(Locale.ROOT, "%d %d %d", platformThreads, rssKib, heapBytes);
    }

    public static ProcessPeaks parse(String[] parts, int from) {
        return new ProcessPeaks(Integer.parseInt(parts[from]), Long.parseLong(parts[from + 1]), Long.parseLong(parts[from + 2]));
    }
}
