package workbook.book;

import static workbook.book.BookRun.Check.all;
import static workbook.book.BookRun.Check.printedInOrder;
import static workbook.book.BookRun.Check.tookBetween;
import static workbook.book.BookRuns.seconds;

import java.time.Duration;
import java.util.List;
import workbook.eventloop.AsyncSimulDemo;
import workbook.eventloop.Clock;
import workbook.eventloop.Greeting;
import workbook.eventloop.LoopGreetings;
import workbook.eventloop.SimulRules;
import workbook.eventloop.SimulTrace;
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
                        }));
    }
}
