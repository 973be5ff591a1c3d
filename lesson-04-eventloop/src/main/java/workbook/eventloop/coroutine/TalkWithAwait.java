package workbook.eventloop.coroutine;

import static workbook.eventloop.coroutine.Coroutine.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import workbook.kit.Clock;
import workbook.eventloop.SimulTrace;
import workbook.kit.VirtualClock;
import workbook.eventloop.promise.Promise;
import workbook.eventloop.promise.PromiseLoop;
import workbook.kit.Greeting;
import workbook.kit.SimulRules;

/**
 * Step 5, runnable: the talk's programs written the talk's way, with {@code async} and
 * {@code await} on the loop. Each reads like its JavaScript or Python, line for line, and prints
 * the same lines at the same times as the futures versions of steps 2 and 3.
 */
public final class TalkWithAwait {

    private TalkWithAwait() {
    }

    // tag::say-hello[]
    /** {@code async function sayHello() { log('Hello'); log('Hello'); await wait(); log('World'); } sayHello(); printWarmup();} */
    public static void sayHello(Clock clock, Duration wait, Consumer<String> out) {
        PromiseLoop.run(clock, loop -> {
            loop.async(() -> {
                out.accept("Hello");
                out.accept("Hello");
                await(loop.sleep(wait).then(nothing -> {
                    out.accept("Thanks for waiting"); // wait(): a promise a timer resolves
                    return null;
                }));
                out.accept("World");
            });
            out.accept("Pythonistas"); // printWarmup(): runs while sayHello is suspended
        });
    }
    // end::say-hello[]

    // tag::jsconfeu[]
    /** {@code log('Hi'); (async () => { await sleep(5000); log('there'); })(); log('JSConfEU');} */
    public static void hiJSConfEU(Clock clock, Duration delay, Consumer<String> out) {
        PromiseLoop.run(clock, loop -> {
            out.accept("Hi");
            loop.async(() -> {
                await(loop.sleep(delay));
                out.accept("there");
            });
            out.accept("JSConfEU");
        });
    }
    // end::jsconfeu[]

    // tag::greetings[]
    /** {@code await Promise.all(greetings.map(g => greetAfter(g)))}: the talk's gathered greetings, 3 s in all. */
    public static void greetings(Clock clock, List<Greeting> greetings, Consumer<String> out) {
        Duration start = clock.now();
        PromiseLoop.run(clock, loop -> loop.async(() -> {
            out.accept("Started at " + SimulTrace.clock(Duration.ZERO));
            await(Promise.all(greetings.stream().map(greeting -> greetAfter(loop, greeting, out)).toList()));
            out.accept("Finished at " + SimulTrace.clock(clock.now().minus(start)));
        }));
    }

    /** {@code async function greetAfter(g) { await sleep(g.delay); log(g.message); }} */
    static Promise<Void> greetAfter(PromiseLoop loop, Greeting greeting, Consumer<String> out) {
        return loop.async(() -> {
            await(loop.sleep(greeting.delay()));
            out.accept(greeting.message());
        });
    }
    // end::greetings[]

    // tag::simul[]
    /** The asynchronous chess simul: every board an async function; returns when the master's last move ended. */
    public static Duration simul(VirtualClock clock, SimulRules rules, SimulTrace trace) {
        Duration start = clock.now();
        PromiseLoop.run(clock, loop -> {
            for (int board = 1; board <= rules.boards(); board++) {
                game(loop, clock, rules, trace, board); // runs to its first await, then the master moves on
            }
        });
        return trace.masterDone().minus(start);
    }

    /** One board: move, await the reply, move again, 30 times. */
    static Promise<Void> game(PromiseLoop loop, VirtualClock clock, SimulRules rules, SimulTrace trace, int board) {
        return loop.async(() -> {
            for (int pair = 1; pair <= rules.movePairs(); pair++) {
                Duration sitDown = clock.now();
                clock.advance(rules.masterMove()); // the master thinks: the loop is busy
                trace.masterMoved(board, pair, sitDown, clock.now());
                Duration replyAt = clock.now().plus(rules.opponentMove());
                await(loop.sleep(rules.opponentMove())); // the opponent thinks: the loop is free
                trace.opponentReplied(board, pair, replyAt);
            }
        });
    }
    // end::simul[]
}
