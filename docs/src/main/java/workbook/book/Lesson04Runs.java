package workbook.book;

import static workbook.book.BookRun.Check.all;
import static workbook.book.BookRun.Check.printedSecondsBetween;
import static workbook.book.BookRun.Check.printedInOrder;
import static workbook.book.BookRun.Check.tookBetween;
import static workbook.book.BookRuns.seconds;

import java.time.Duration;
import java.util.List;
import workbook.eventloop.AsyncSimulDemo;
import workbook.kit.Clock;
import workbook.kit.Greeting;
import workbook.eventloop.LoopGreetings;
import workbook.kit.SimulRules;
import workbook.eventloop.SimulTrace;
import workbook.eventloop.server.BusyServerComparison;
import workbook.kit.Timeline;

/** Lesson 04's runs: the greetings on the hand-built loop, and the asynchronous simul on a virtual clock. */
final class Lesson04Runs {

    private Lesson04Runs() {
    }

    static List<BookRun> runs() {
        return List.of(
                BookRun.waiting("lesson-04-greetings", "the three greetings on one loop thread take 3 s, shortest wait first",
                        all(tookBetween(seconds(2.8), seconds(3.6)),
                                printedInOrder("^Started at", "Luciano", "Sebastián", "Guido", "^Finished at")),
                        (out, timeline) -> LoopGreetings.run(Clock.system(), Greeting.TALK, line -> {
                            // Each greeting's bar ends when it is printed, on the thread that printed it.
                            if (line.startsWith("Hello ")) {
                                timeline.add(line.replace("Hello ", "").replace(" 👋", ""), Thread.currentThread(),
                                        Duration.ZERO, timeline.now());
                            }
                            out.accept(line);
                        })),
                BookRun.simulated("lesson-04-simul", "the asynchronous simul: the master's last move ends after 1 h",
                        all(BookRun.Check.tookExactly(Duration.ofHours(1)),
                                printedInOrder("took 0:02:00", "last move ends at 1:00:00", "would take 12:00:00")),
                        out -> {
                            SimulTrace trace = AsyncSimulDemo.run(SimulRules.TALK, out);
                            return new BookRun.Outcome(trace.masterDone(), Timeline.startingNow());
                        }),
                // Child JVMs under load: it needs the machine to itself. A tenth of the full comparison.
                BookRun.computing("lesson-04-busy-server",
                        "500 clients, each request waiting 1 s: the loop, virtual threads, the JDK's HTTP server and Netty "
                                + "answer all in about 1 s, a pool of 50 threads needs a second per 50 clients",
                        all(printedSecondsBetween("^\\| event loop\\s+\\|\\s+500\\s+\\|\\s+(\\d+\\.\\d+) s", seconds(0.95), seconds(2.5)),
                                printedSecondsBetween("^\\| virtual thread each\\s+\\|\\s+500\\s+\\|\\s+(\\d+\\.\\d+) s",
                                        seconds(0.95), seconds(2.5)),
                                printedSecondsBetween("^\\| JDK HTTP server, VT\\s+\\|\\s+500\\s+\\|\\s+(\\d+\\.\\d+) s",
                                        seconds(0.95), seconds(2.5)),
                                printedSecondsBetween("^\\| Netty, one loop\\s+\\|\\s+500\\s+\\|\\s+(\\d+\\.\\d+) s",
                                        seconds(0.95), seconds(2.5)),
                                printedSecondsBetween("^\\| Netty, \\d+ loops\\s+\\|\\s+500\\s+\\|\\s+(\\d+\\.\\d+) s",
                                        seconds(0.95), seconds(2.5)),
                                printedSecondsBetween("^\\| 50 platform threads\\s+\\|\\s+100\\s+\\|\\s+(\\d+\\.\\d+) s", seconds(1.9), seconds(4)),
                                printedInOrder("^\\| 50 platform threads(\\s+\\|[^|]+){3}\\|\\s+0\\s+\\|",
                                        "^\\| virtual thread each(\\s+\\|[^|]+){3}\\|\\s+0\\s+\\|",
                                        "^\\| JDK HTTP server, VT(\\s+\\|[^|]+){3}\\|\\s+0\\s+\\|",
                                        "^\\| event loop(\\s+\\|[^|]+){3}\\|\\s+0\\s+\\|",
                                        "^\\| Netty, one loop(\\s+\\|[^|]+){3}\\|\\s+0\\s+\\|",
                                        "^\\| Netty, \\d+ loops(\\s+\\|[^|]+){3}\\|\\s+0\\s+\\|")),
                        (out, timeline) -> BusyServerComparison.run(500, 50, 100, out)));
    }
}
