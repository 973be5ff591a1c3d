package workbook.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class TimingTest {

    @Test
    void workWithinTheBoundsPassesAndReportsItsDuration() {
        Duration took = Timing.of("a 200 ms nap").shouldTakeBetween(seconds(0.15), seconds(1))
                .run(() -> Thread.sleep(200));

        assertThat(took).isBetween(Duration.ofMillis(200), Duration.ofSeconds(1));
    }

    @Test
    void workTooSlowFailsAtTheUpperBoundWithTheHintAndTheTimeline() {
        Timeline timeline = Timeline.startingNow();

        assertThatThrownBy(() -> Timing.of("a 5 s nap").shouldTakeBetween(seconds(0), seconds(0.3))
                .hint("look at the nap").showing(timeline)
                .run(() -> timeline.record("nap", () -> sleep(5000))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("a 5 s nap was still running after")
                .hasMessageContaining("expected between 0.00 s and 0.30 s: look at the nap")
                .hasMessageContaining("Timeline of the run");
    }

    @Test
    void aClaimThatHeldLeavesItsTimelineForTheVerdict() {
        Timeline timeline = Timeline.startingNow();
        Timing.of("a 100 ms nap, drawn").shouldTakeBetween(seconds(0.05), seconds(1)).showing(timeline)
                .run(() -> timeline.record("nap", () -> sleep(100)));

        assertThat(Timing.timelinesThatHeld())
                .anySatisfy(held -> assertThat(held).startsWith("a 100 ms nap, drawn took").contains("nap"));
    }

    @Test
    void workTooFastFailsToo() {
        assertThatThrownBy(() -> Timing.of("no nap at all").shouldTakeBetween(seconds(0.5), seconds(2)).run(() -> { }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no nap at all took")
                .hasMessageContaining("expected between 0.50 s and 2.00 s");
    }

    @Test
    void aFailureOfTheWorkIsReportedWithItsCause() {
        assertThatThrownBy(() -> Timing.of("a broken nap").shouldTakeBetween(seconds(0), seconds(2))
                .run(() -> { throw new IllegalStateException("no bed"); }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("a broken nap failed")
                .hasRootCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aClaimTheMachineHeldBackIsNotJudgedButAbortedSayingSo() {
        MachineLoad heldBackOneSecond = new MachineLoad(Duration.ofMillis(10), Duration.ofSeconds(1));

        assertThatThrownBy(() -> Timing.of("a 400 ms nap").shouldTakeBetween(seconds(0), seconds(0.2))
                .readingTheMachineWith(() -> heldBackOneSecond).run(() -> sleep(400)))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageStartingWith("could not judge: the machine is too busy")
                .hasMessageContaining("a 400 ms nap took")
                .hasMessageContaining("1000 ms at worst");
    }

    @Test
    void aClaimLateByMoreThanTheMachineHeldItBackFailsAndSaysTheMachineWasBusy() {
        MachineLoad heldBack = new MachineLoad(Duration.ofMillis(10), Duration.ofMillis(200));

        assertThatThrownBy(() -> Timing.of("a 5 s nap").shouldTakeBetween(seconds(0), seconds(0.3))
                .readingTheMachineWith(() -> heldBack).run(() -> sleep(5000)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("a 5 s nap was still running after")
                .hasMessageContaining("The machine was busy meanwhile: it held the work back about")
                .hasMessageContaining("not enough to explain it")
                .hasMessageContaining("200 ms at worst");
    }

    @Test
    void workOnAVirtualClockIsJudgedOnItsWaitingNotOnTheWallClock() {
        Timing.of("a computation").shouldWaitAtMost(seconds(0.2)).run(() -> Primes.countBelowTheSlowWay(20_000));

        assertThatThrownBy(() -> Timing.of("a real 0.5 s sleep").shouldWaitAtMost(seconds(0.2)).run(() -> sleep(500)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("a real 0.5 s sleep was still running after")
                .hasMessageContaining("having waited over 0.20 s in real time");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aHintWorkedOutWhenTheClaimFailsSeesWhatHappened() {
        java.util.concurrent.atomic.AtomicReference<String> seen = new java.util.concurrent.atomic.AtomicReference<>("");
        assertThatThrownBy(() -> Timing.of("a 5 s nap").shouldTakeBetween(seconds(0), seconds(0.3))
                .hint(() -> "it had printed '" + seen.get() + "'")
                .run(() -> {
                    seen.set("dozing");
                    Thread.sleep(5_000);
                }))
                .hasMessageContaining("it had printed 'dozing'");
    }
}
