package workbook.pitfalls;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.kit.Timing.seconds;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.opentest4j.TestAbortedException;
import workbook.kit.Goal;
import workbook.kit.Greeting;
import workbook.kit.ThreadWaits;
import workbook.kit.Timeline;
import workbook.kit.Timing;

/**
 * Greetings gathered take as long as the longest, whatever the order; greetAll waits for the greetings
 * themselves (not for a clock), starts them all itself, and returns once the last one is said.
 * These tests only wait, so they run side by side; each has its own greeter and records.
 */
@Execution(ExecutionMode.CONCURRENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GreetingsTest {

    private static final String JOINED_IN_TURN = "joined one after another";


    private final List<String> printed = new CopyOnWriteArrayList<>();
    private Timeline timeline = Timeline.startingNow(); // restarted when the greeting starts
    private final List<Started> started = new CopyOnWriteArrayList<>();
    private final Map<String, Duration> said = new ConcurrentHashMap<>();
    private volatile Thread greetingThread;
    private volatile List<String> saidWhenItReturned;

    /** A greeting started by {@code thread} at {@code at} (from the start of the test). */
    private record Started(String person, Duration at, String thread) {
    }

    @Test
    @Order(1)
    @Goal(exercise = Greetings.class, failsBecause = JOINED_IN_TURN)
    void theLongestFirstTakesAsLongAsTheLongest() {
        gatherAndCheck(List.of(greeting(1.2, "Guido van Rossum"), greeting(0.3, "Sebastián Ramírez"),
                greeting(0.6, "Luciano Ramalho")), Map.of());
    }

    @Test
    @Order(2)
    @Goal(exercise = Greetings.class, failsBecause = JOINED_IN_TURN)
    void theLongestInTheMiddleTakesAsLongAsTheLongest() {
        gatherAndCheck(List.of(greeting(0.3, "Ada Lovelace"), greeting(1.2, "Grace Hopper"),
                greeting(0.6, "Barbara Liskov")), Map.of());
    }

    @Test
    @Order(3)
    @Goal(exercise = Greetings.class, failsBecause = JOINED_IN_TURN)
    void theLongestLastTakesAsLongAsTheLongest() {
        gatherAndCheck(List.of(greeting(0.6, "Guido van Rossum"), greeting(0.3, "Luciano Ramalho"),
                greeting(0.5, "Ada Lovelace"), greeting(1.2, "Sebastián Ramírez")), Map.of());
    }

    @Test
    @Order(4)
    @Goal(exercise = Greetings.class, failsBecause = JOINED_IN_TURN)
    void aGreetingSaidLateIsWaitedFor() {
        // Its timer fires a second after its delay: greetAll must wait for the greeting, not for the clock.
        gatherAndCheck(List.of(greeting(0.3, "Grace Hopper"), greeting(0.6, "Barbara Liskov"),
                greeting(0.2, "Luciano Ramalho")), Map.of("Luciano Ramalho", Duration.ofSeconds(1)));
    }

    @Test
    @Order(5)
    @Goal(exercise = Greetings.class, failsBecause = JOINED_IN_TURN)
    void gatheredTheTalksGreetingsTakeTenSeconds() {
        timeline = Timeline.startingNow();
        judged(Greeting.BLOCKING_CODE_TALK, () -> Timing.of("greeting the talk's guests (10 s, 2 s and 3 s)")
                .shouldTakeBetween(seconds(9.8), seconds(11.5))
                .hint(() -> diagnosis(Greeting.BLOCKING_CODE_TALK))
                .showing(timeline)
                .run(() -> greetAll(Greeting.BLOCKING_CODE_TALK, Map.of())));

        assertTheMechanism(Greeting.BLOCKING_CODE_TALK);
        assertThat(printed).as("gathered, the shortest wait ends first")
                .containsExactly("Hello Sebastián Ramírez 👋", "Hello Luciano Ramalho 👋", "Hello Guido van Rossum 👋");
    }

    @Test
    @Order(6)
    void waitingForTheGreetingsCostsNoCpu() throws Exception {
        CompletableFuture<Runnable> held = new CompletableFuture<>(); // the last greeting, said when this test says so
        List<Greeting> greetings = List.of(greeting(0.3, "Ada Lovelace"), greeting(0.6, "Grace Hopper"));
        AsyncGreeter.Timer holding = (greeting, say) -> {
            if (greeting.person().equals("Grace Hopper")) {
                held.complete(say);
            } else {
                AsyncGreeter.ON_TIME.whenDue(greeting, say);
            }
        };
        CompletableFuture<Void> returned = new CompletableFuture<>();
        Thread caller = Thread.ofPlatform().name("greets").daemon().start(() -> {
            try {
                new Greetings(new AsyncGreeter(printed::add, timeline, holding)).greetAll(greetings);
                returned.complete(null);
            } catch (Throwable failure) {
                returned.completeExceptionally(failure);
            }
        });
        ThreadWaits.Watched watched;
        Runnable say = held.get(10, TimeUnit.SECONDS);
        try {
            // judged on the thread's own state and CPU time: a busy machine slows a spinning thread, never stills it
            watched = ThreadWaits.watch(caller, Duration.ofMillis(300), Duration.ofMillis(200), Duration.ofSeconds(30));
        } finally {
            say.run();
        }
        returned.get(10, TimeUnit.SECONDS);
        assertThat(watched.spins()).withFailMessage(String.format(Locale.ROOT, """
                greetAll's thread used %.3f s of CPU while it waited for Grace Hopper's greeting, without once sitting \
                still: it asks "done yet?" over and over instead of waiting. join() (of each future, or of allOf) \
                takes the thread off the CPU until the greetings are said; look at how Greetings.greetAll waits""",
                watched.cpu().toNanos() / 1e9)).isFalse();
    }

    private static Greeting greeting(double seconds, String person) {
        return new Greeting(seconds(seconds), person);
    }

    /** Gathered, the greetings take as long as the one said last; each is said after its own wait. */
    private void gatherAndCheck(List<Greeting> greetings, Map<String, Duration> late) {
        Duration longest = greetings.stream().map(g -> g.delay().plus(late.getOrDefault(g.person(), Duration.ZERO)))
                .max(Comparator.naturalOrder()).orElseThrow();
        timeline = Timeline.startingNow();
        judged(greetings, () -> Timing.of("greeting " + describe(greetings, late))
                .shouldTakeBetween(longest.minusMillis(100), longest.plusMillis(500))
                .hint(() -> diagnosis(greetings))
                .showing(timeline)
                .run(() -> greetAll(greetings, late)));

        assertTheMechanism(greetings);
        List<String> shortestFirst = greetings.stream()
                .sorted(Comparator.comparing(g -> g.delay().plus(late.getOrDefault(g.person(), Duration.ZERO))))
                .map(Greeting::message).toList();
        assertThat(printed).as("every greeting said once, the shortest wait first").containsExactlyElementsOf(shortestFirst);
    }

    /**
     * Runs a timed claim; one the machine was too busy to judge still fails if the greetings were plainly joined one
     * after another: a load stretches the waits, it never starts them one by one.
     */
    private void judged(List<Greeting> greetings, Runnable timedClaim) {
        try {
            timedClaim.run();
        } catch (TestAbortedException notJudged) {
            String why = diagnosis(greetings);
            if (why.contains(JOINED_IN_TURN)) {
                throw new AssertionError(why, notJudged);
            }
            throw notJudged;
        }
    }

    private void greetAll(List<Greeting> greetings, Map<String, Duration> late) {
        greetingThread = Thread.currentThread();
        AsyncGreeter.Timer watched = (greeting, say) -> {
            started.add(new Started(greeting.person(), timeline.now(), Thread.currentThread().getName()));
            Greeting due = new Greeting(greeting.delay().plus(late.getOrDefault(greeting.person(), Duration.ZERO)),
                    greeting.person());
            AsyncGreeter.ON_TIME.whenDue(due, () -> {
                said.put(greeting.person(), timeline.now());
                say.run();
            });
        };
        new Greetings(new AsyncGreeter(printed::add, timeline, watched)).greetAll(greetings);
        saidWhenItReturned = List.copyOf(printed);
    }

    /** What went wrong, from what the greetings did: used when the timing is off, and checked after it. */
    private String diagnosis(List<Greeting> greetings) {
        String threads = otherThreads();
        if (!threads.isEmpty()) {
            return "greetAll started greetings on other threads (" + threads + "), and each of those threads was "
                    + "held for a whole greeting. Expected greetAll to start every greeting itself, on its own thread, "
                    + "and then wait for all of them. Look at Greetings.greetAll.";
        }
        if (inTurn()) {
            return "the greetings were " + JOINED_IN_TURN + ": each started only once the one before it had been "
                    + "said (" + starts() + "), so their waits added up. Expected them to wait side by side. "
                    + "Look at the loop in Greetings.greetAll.";
        }
        if (saidWhenItReturned == null && !started.isEmpty() && started.size() < greetings.size()) {
            // past the time the longest greeting should take, the rest still wait for the first (however late a
            // busy machine says it): that is one after another too
            return "the greetings were " + JOINED_IN_TURN + ": after " + Timeline.seconds(timeline.now()) + " only "
                    + started.size() + " of " + greetings.size() + " had started (" + starts() + "), the others "
                    + "waiting for " + (started.size() == 1 ? "it" : "them") + " to be said. Expected them all to start "
                    + "at once and wait side by side. Look at the loop in Greetings.greetAll.";
        }
        List<String> notYet = notSaidWhenItReturned(greetings);
        if (!notYet.isEmpty()) {
            return "greetAll returned before every greeting was said (not yet said then: " + notYet + "): it stopped "
                    + "waiting too early. Expected it to return once the last greeting was said.";
        }
        if (saidWhenItReturned == null && said.size() == greetings.size()) {
            Duration last = said.values().stream().max(Comparator.naturalOrder()).orElseThrow();
            return "every greeting had been said after " + Timeline.seconds(last) + ", yet greetAll was still "
                    + "waiting: it waits for something other than the greetings themselves.";
        }
        return "look at Greetings.greetAll";
    }

    private void assertTheMechanism(List<Greeting> greetings) {
        assertThat(otherThreads()).overridingErrorMessage(() -> diagnosis(greetings)).isEmpty();
        assertThat(notSaidWhenItReturned(greetings)).overridingErrorMessage(() -> diagnosis(greetings)).isEmpty();
    }

    private String otherThreads() {
        return started.stream().map(Started::thread).filter(name -> !name.equals(greetingThread.getName()))
                .distinct().collect(Collectors.joining(", "));
    }

    /** At least two greetings started, and each only after the one started before it had been said. */
    private boolean inTurn() {
        List<Started> inOrder = started.stream().sorted(Comparator.comparing(Started::at)).toList();
        for (int i = 1; i < inOrder.size(); i++) {
            Duration previousSaid = said.get(inOrder.get(i - 1).person());
            if (previousSaid == null || inOrder.get(i).at().compareTo(previousSaid) < 0) {
                return false;
            }
        }
        return inOrder.size() >= 2;
    }

    private String starts() {
        return started.stream().sorted(Comparator.comparing(Started::at))
                .map(s -> s.person() + " at " + Timeline.seconds(s.at())).collect(Collectors.joining(", "));
    }

    private List<String> notSaidWhenItReturned(List<Greeting> greetings) {
        List<String> whenItReturned = saidWhenItReturned;
        if (whenItReturned == null) {
            return List.of();
        }
        return greetings.stream().map(Greeting::message).filter(m -> !whenItReturned.contains(m)).toList();
    }

    private static String describe(List<Greeting> greetings, Map<String, Duration> late) {
        return greetings.stream().map(g -> Timeline.seconds(g.delay())
                        + (late.containsKey(g.person()) ? " (said " + Timeline.seconds(late.get(g.person())) + " late)" : ""))
                .collect(Collectors.joining(", ", "greetings of ", ""));
    }
}
