package workbook.eventloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import workbook.eventloop.coroutine.TalkWithAwait;
import workbook.kit.Greeting;
import workbook.kit.Clock;
import workbook.kit.SimulRules;
import workbook.kit.Timing;
import workbook.kit.VirtualClock;

/** Step 5: the talk's programs with async/await print what the futures versions print, at the same times. */
class TalkWithAwaitTest {

    @Test
    void sayHelloAndPrintWarmupPrintInTheTalksOrderAtTheTalksTimes() {
        VirtualClock clock = new VirtualClock();
        Printed printed = new Printed(clock);

        TalkWithAwait.sayHello(clock, SayHello.TALK_WAIT, printed);

        assertThat(printed.lines()).containsExactly(
                new Printed.Line("Hello", Duration.ZERO),
                new Printed.Line("Hello", Duration.ZERO),
                new Printed.Line("Pythonistas", Duration.ZERO),
                new Printed.Line("Thanks for waiting", Duration.ofSeconds(4)),
                new Printed.Line("World", Duration.ofSeconds(4)));
    }

    @Test
    void sayHelloWaitsForRealBetweenHelloAndWorld() {
        Printed printed = new Printed(Clock.system());
        Timing.of("say_hello with a 400 ms wait on the system clock").shouldTakeBetween(Duration.ZERO, Timing.seconds(2))
                .run(() -> TalkWithAwait.sayHello(Clock.system(), Duration.ofMillis(400), printed));

        assertThat(printed.texts()).containsExactly("Hello", "Hello", "Pythonistas", "Thanks for waiting", "World");
        Duration hello = printed.at("Hello", Duration.ZERO);
        assertThat(printed.at("World", hello)).as("from Hello to World, on the system clock")
                .isBetween(Duration.ofMillis(400), Duration.ofMillis(900));
        assertThat(printed.at("Pythonistas", hello)).as("from Hello to Pythonistas: it runs while say_hello is suspended")
                .isLessThan(Duration.ofMillis(200));
    }

    @Test
    void hiJSConfEUPrintsThereAfterTheDelay() {
        VirtualClock clock = new VirtualClock();
        Printed printed = new Printed(clock);

        TalkWithAwait.hiJSConfEU(clock, HiJSConfEU.TALK_DELAY, printed);

        assertThat(printed.lines()).containsExactly(
                new Printed.Line("Hi", Duration.ZERO),
                new Printed.Line("JSConfEU", Duration.ZERO),
                new Printed.Line("there", Duration.ofSeconds(5)));
    }

    @Test
    void theGatheredGreetingsTakeThreeSecondsShortestFirst() {
        Printed printed = new Printed(Clock.system());
        Timing.of("the talk's three greetings, gathered with Promise.all on the loop")
                .shouldTakeBetween(Duration.ofSeconds(3), Timing.seconds(3.5))
                .hint("3 s is the longest wait: they wait together")
                .run(() -> TalkWithAwait.greetings(Clock.system(), Greeting.TALK, printed));

        // The program prints whole seconds, as a wall clock does (SimulTrace.clock): 3 s to 3.5 s reads 0:00:03.
        assertThat(printed.texts()).containsExactly("Started at 0:00:00",
                Greeting.TALK.get(2).message(), Greeting.TALK.get(1).message(), Greeting.TALK.get(0).message(),
                "Finished at 0:00:03");
    }

    @Test
    void theAsynchronousSimulTakesOneHourInRoundsOfTwoMinutes() {
        VirtualClock clock = new VirtualClock();
        SimulTrace trace = new SimulTrace();
        Duration[] took = new Duration[1];
        Timing.of("the talk's simul with async/await on a virtual clock").shouldWaitAtMost(Timing.seconds(1))
                .run(() -> took[0] = TalkWithAwait.simul(clock, SimulRules.TALK, trace));

        assertThat(took[0]).as("the master's last move, in virtual time").isEqualTo(Duration.ofHours(1));
        for (int pair = 1; pair < SimulRules.TALK.movePairs(); pair++) {
            assertThat(trace.round(pair)).as("round %d on board 1", pair).isEqualTo(Duration.ofMinutes(2));
        }
        assertThat(trace.masterIdle()).isZero();
    }
}
