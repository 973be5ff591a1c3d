package workbook.eventloop.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbook.eventloop.EventLoop;
import workbook.eventloop.HiJSConfEU;
import workbook.eventloop.coroutine.Coroutine;
import workbook.eventloop.promise.Promise;
import workbook.eventloop.promise.PromiseLoop;
import workbook.kit.VirtualClock;

/** A recorded run is the run itself, step by step: the picture the book's steppers and ./workbook trace show. */
class TraceTest {

    @Test
    void theJsConfEuRunShowsTheTimerWaitingWhileTheStackIsEmpty() {
        Trace trace = Trace.record(print -> HiJSConfEU.run(new VirtualClock(), HiJSConfEU.TALK_DELAY, print), HiJSConfEU.class);

        assertThat(trace.failure()).as("what ended the run").isNull();
        assertThat(trace.printed()).as("what the run printed").containsExactly("Hi", "JSConfEU", "there");
        List<Frame> frames = trace.frames();
        assertThat(frames.getLast().console()).as("the console after the last step").isEqualTo(trace.printed());
        Frame halfWay = frames.stream().filter(frame -> frame.step() > 0 && frame.stack().isEmpty() && !frame.timers().isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no step with the stack empty and the timer waiting:\n"
                        + trace.toText()));
        assertThat(halfWay.timers()).as("the timers half-way").containsExactly("cb @ 5000 ms");
        assertThat(halfWay.console()).as("the console half-way").containsExactly("Hi", "JSConfEU");
        Frame fires = frames.get(halfWay.step() + 1);
        assertThat(fires.nanos()).as("when the timer's callback goes on the stack").isEqualTo(Duration.ofSeconds(5).toNanos());
        assertThat(fires.stack()).as("the stack when the timer fires").containsExactly("cb");
        assertThat(fires.timers()).as("the timers once it fired").isEmpty();
        assertThat(frames.stream().filter(frame -> frame.line() > 0).map(Frame::line).distinct())
                .as("the lines of HiJSConfEU.java the run went through").isNotEmpty();
    }

    @Test
    void anAwaitSuspendsTheCoroutineAndAMicrotaskResumesIt() {
        Trace trace = Trace.record(print -> PromiseLoop.run(new VirtualClock(), loop -> {
            loop.async(() -> {
                print.accept("before await");
                Coroutine.await(Promise.resolve());
                print.accept("after await");
            });
            print.accept("script done");
        }));

        assertThat(trace.printed()).containsExactly("before await", "script done", "after await");
        List<Event.Type> types = trace.events().stream().map(Event::type).toList();
        assertThat(types).as("what the loop reported")
                .containsSubsequence(Event.Type.COROUTINE_STARTED, Event.Type.QUEUED, Event.Type.SUSPENDED,
                        Event.Type.PRINTED, Event.Type.ENDED, Event.Type.STARTED, Event.Type.RESUMED, Event.Type.PRINTED,
                        Event.Type.RETURNED);
        Frame suspended = trace.frames().get(types.indexOf(Event.Type.SUSPENDED) + 1);
        assertThat(suspended.stack()).as("the stack once the coroutine suspended").containsExactly("main script");
        assertThat(suspended.microtasks()).as("the microtask queue once it suspended").containsExactly("promise reaction");
    }

    @Test
    void aDivergenceNamesTheFirstWrongLineAndWhatWaited() {
        Trace trace = Trace.of(() -> {
            List<String> printed = new PrintedLines();
            EventLoop.run(new VirtualClock(), loop -> {
                loop.setTimeout(Duration.ofMillis(5), () -> printed.add("timer"));
                printed.add("script done");
            });
        });

        assertThat(trace.divergence(List.of("script done", "timer"))).as("the same order").isEmpty();
        assertThat(trace.divergence(List.of("timer", "script done")))
                .contains("line 1, \"script done\" printed where \"timer\" was expected")
                .contains("stack [main]", "timers [setTimeout @ 5 ms]");
        assertThat(trace.divergence(List.of("script done", "timer", "more")))
                .contains("stopped printing after 2 line(s), where \"more\" was expected next");
    }

    @Test
    void nobodyRecordingMeansNoRecorder() {
        assertThat(Recorder.installed()).as("the recorder outside Trace.record").isNull();
        Recorder[] inside = new Recorder[1];
        Trace.record(print -> inside[0] = Recorder.installed());
        assertThat(inside[0]).as("the recorder inside Trace.record").isNotNull();
        assertThat(Recorder.installed()).as("the recorder after Trace.record").isNull();
    }
}
