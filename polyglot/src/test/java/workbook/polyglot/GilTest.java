package workbook.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The book's claims about CPython's global interpreter lock, from gil.py's CPU-bound searches: alone in the JVM, since
 * they measure the cores busy and the time taken, and skip what a busy machine makes unmeasurable.
 */
@Isolated
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES) // gil.py computes for seconds: minutes on a busy machine, never a hang
class GilTest {

    /** gil.py runs once for both GIL tests: it takes a few seconds. */
    private static Program.Run gil;

    private static synchronized Program.Run gil() {
        if (gil == null) {
            gil = RuntimeClaimsTest.ok(Program.python("gil.py").run(), "python3 gil.py");
            RuntimeClaimsTest.keep("gil-python", gil.stdout());
        }
        return gil;
    }

    @Test
    void onCPythonTwoThreadsNeverKeepMoreThanOneCoreBusy() {
        List<String> printed = gil().stdout();
        String shown = String.join("\n", printed);
        assertThat(printed).as("python3 is a build with a GIL:%n%s", shown).anyMatch(l -> l.endsWith("(no GIL): no"))
                .contains("a thread holding the GIL is asked to let go every 5 ms");
        // The GIL: however free the machine, two threads never keep more than one core busy.
        assertThat(RuntimeClaimsTest.seconds(printed, "two threads.* (\\d+\\.\\d+) cores busy"))
                .as("cores busy with two threads (the GIL allows one):%n%s", shown).isLessThanOrEqualTo(1.15);
    }

    @Test
    void onTwoFreeCoresTwoProcessesHalveTheTimeTwoThreadsDoNot() {
        List<String> printed = gil().stdout();
        String shown = String.join("\n", printed);
        Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() >= 2,
                () -> "the machine has one core, so parallelism cannot be measured on it:\n" + shown);
        // Other programs' load during the rounds compared, not only before them: a build that starts meanwhile
        // takes a core from the two processes, and the comparison then says nothing about the GIL.
        double othersSequential = RuntimeClaimsTest.seconds(printed, "one after the other.*\\((\\d+\\.\\d+) by other programs\\)");
        double othersProcesses = RuntimeClaimsTest.seconds(printed, "two processes.*\\((\\d+\\.\\d+) by other programs\\)");
        Assumptions.assumeTrue(othersSequential <= 0.3 && othersProcesses <= 0.3,
                () -> "other programs took a core while the searches ran, so parallelism cannot be measured now:\n" + shown);
        double sequential = RuntimeClaimsTest.seconds(printed, "one after the other\\s+(\\d+\\.\\d+) s");
        double threads = RuntimeClaimsTest.seconds(printed, "two threads\\s+(\\d+\\.\\d+) s");
        double processes = RuntimeClaimsTest.seconds(printed, "two processes\\s+(\\d+\\.\\d+) s");
        // Two busy cores may each compute slower than one alone (they share hardware, or the host is busy), which
        // /proc/stat does not show either: the CPU time each search took says so, and time then proves nothing.
        double cpuPerSearchAlone = RuntimeClaimsTest.seconds(printed, "one after the other.* (\\d+\\.\\d+) cores busy") * sequential / 2;
        double cpuPerSearchTogether = RuntimeClaimsTest.seconds(printed, "two processes.* (\\d+\\.\\d+) cores busy") * processes / 2;
        Assumptions.assumeTrue(cpuPerSearchTogether <= 1.3 * cpuPerSearchAlone, () -> String.format(Locale.ROOT,
                "a search took %.2f s of CPU beside another and %.2f s alone: the two cores do not compute at full speed together "
                        + "now, so time cannot show what the GIL does:%n%s", cpuPerSearchTogether, cpuPerSearchAlone, shown));
        // A shared machine's cores run faster or slower from one second to the next, unseen by /proc/stat: the
        // processes are compared with each other way, and their cores busy say why they are faster.
        assertThat(RuntimeClaimsTest.seconds(printed, "two processes.* (\\d+\\.\\d+) cores busy"))
                .as("cores busy with two processes (each has a GIL of its own):%n%s", shown).isGreaterThanOrEqualTo(1.6);
        assertThat(processes / sequential).as("two processes / one after the other:%n%s", shown).isBetween(0.35, 0.8);
        assertThat(threads / processes).as("two threads / two processes:%n%s", shown).isBetween(1.4, 3.2);
    }
}
