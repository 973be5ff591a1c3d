package workbook.polyglot;

import static workbook.eventloop.asyncio.Asyncio.await;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import workbook.eventloop.AsyncChessSimul;
import workbook.eventloop.AsyncSimulDemo;
import workbook.eventloop.HiJSConfEU;
import workbook.eventloop.SayHello;
import workbook.eventloop.asyncio.AsyncioLoop;
import workbook.eventloop.asyncio.GatheredGreetings;
import workbook.eventloop.trace.Event;
import workbook.eventloop.trace.Trace;
import workbook.eventloop.trace.TraceJson;
import workbook.kit.Greeting;
import workbook.kit.SimulRules;
import workbook.kit.VirtualClock;

/**
 * Every run the book can step through, and {@code ./workbook trace NAME} prints: the talk's four
 * examples and every ordering puzzle, each recorded on lesson 04's loop ({@link Trace}).
 *
 * <p>Usage: {@code Steppers NAME} prints the frames as text; {@code Steppers} lists the names.
 */
public final class Steppers {

    /** The first two rounds of the talk's simul: 24 boards, the master's 5 s, the opponents' 55 s. */
    public static final SimulRules FIRST_ROUNDS = new SimulRules(24, 2, Duration.ofSeconds(5), Duration.ofSeconds(55));

    /** One stepper: what it shows, on which rules, from which source. */
    public record Stepper(String name, String title, String rules, String sourceFile, String script, Supplier<Trace> run) {

        /** The program's run, recorded. */
        public Trace record() {
            return run.get();
        }

        /** The lines of the program's source around those the trace ran, read under {@code root}. */
        public TraceJson.Source source(Path root, Trace trace) throws IOException {
            List<String> lines = Files.readAllLines(root.resolve(sourceFile));
            TreeSet<Integer> shown = new TreeSet<>();
            for (Event event : trace.events()) {
                if (event.line() > 0) {
                    for (int n = event.line() - 1; n <= event.line() + 1; n++) { // one line of context each side
                        if (n >= 1 && n <= lines.size()) {
                            shown.add(n);
                        }
                    }
                }
            }
            if (!shown.isEmpty() && shown.last() - shown.first() <= 40) { // a short span: show it whole
                for (int n = shown.first(); n <= shown.last(); n++) {
                    shown.add(n);
                }
            }
            List<TraceJson.Line> source = new ArrayList<>();
            for (int n : shown) {
                source.add(new TraceJson.Line(n, lines.get(n - 1)));
            }
            return new TraceJson.Source(sourceFile, source);
        }
    }

    private static final String L04 = "lesson-04-eventloop/src/";
    private static final Set<String> HARNESS = Set.of("run"); // the puzzles' runner, not their code
    private static final String POLYGLOT = "polyglot/src/main/java/workbook/polyglot/";

    private Steppers() {
    }

    /** Every stepper, the talk's examples first, then the JavaScript puzzles, then the asyncio ones. */
    public static Map<String, Stepper> all() {
        Map<String, Stepper> all = new LinkedHashMap<>();
        add(all, new Stepper("hi-jsconfeu", "Hi, JSConfEU: one timer", "javascript",
                L04 + "main/java/workbook/eventloop/HiJSConfEU.java", "polyglot/src/talk/javascript/hi-jsconfeu.js",
                () -> Trace.record(print -> HiJSConfEU.run(new VirtualClock(), HiJSConfEU.TALK_DELAY, print), HiJSConfEU.class)));
        add(all, new Stepper("say-hello", "say_hello and print_warmup: an await", "javascript",
                L04 + "main/java/workbook/eventloop/SayHello.java", "polyglot/src/talk/javascript/say-hello.js",
                () -> Trace.record(print -> SayHello.run(new VirtualClock(), SayHello.TALK_WAIT, print), SayHello.class)));
        add(all, new Stepper("gathered-greetings", "Three greetings gathered (asyncio's rules)", "asyncio",
                L04 + "solution/java/workbook/eventloop/asyncio/GatheredGreetings.java", null,
                () -> Trace.record(print -> AsyncioLoop.run(new VirtualClock(), () -> await(GatheredGreetings.greetAll(Greeting.TALK, print))),
                        GatheredGreetings.class)));
        add(all, new Stepper("chess-simul", "The asynchronous simul: its first two rounds", "javascript",
                L04 + "solution/java/workbook/eventloop/AsyncChessSimul.java", null,
                () -> Trace.record(print -> AsyncSimulDemo.run(FIRST_ROUNDS, print), AsyncChessSimul.class)));
        for (String puzzle : Puzzles.names()) {
            add(all, new Stepper("puzzle-" + puzzle, "Puzzle " + puzzle, "javascript", POLYGLOT + "Puzzles.java",
                    "polyglot/src/talk/puzzles/" + puzzle + ".js",
                    () -> Trace.record(print -> Puzzles.run(puzzle, print::accept), HARNESS, Puzzles.class)));
        }
        for (String puzzle : AsyncioPuzzles.names()) {
            add(all, new Stepper("asyncio-puzzle-" + puzzle, "asyncio puzzle " + puzzle, "asyncio", POLYGLOT + "AsyncioPuzzles.java",
                    "polyglot/src/talk/asyncio-puzzles/" + puzzle + ".py",
                    () -> Trace.record(print -> AsyncioPuzzles.run(puzzle, print::accept), HARNESS, AsyncioPuzzles.class)));
        }
        return all;
    }

    private static void add(Map<String, Stepper> all, Stepper stepper) {
        all.put(stepper.name(), stepper);
    }

    public static List<String> names() {
        return List.copyOf(all().keySet());
    }

    /** Prints one stepper's frames; 2 and one line on {@code err} for a name that is not one. */
    public static int print(String name, PrintStream out, PrintStream err) {
        Stepper stepper = all().get(name);
        if (stepper == null) {
            err.println("no stepper named '" + name + "'; there are " + String.join(", ", names()));
            return 2;
        }
        Trace trace = stepper.record();
        out.println(stepper.title() + " (" + stepper.rules() + " rules), " + trace.events().size() + " steps:");
        out.println();
        out.print(trace.toText());
        if (trace.failure() != null) {
            out.println("The run ended with " + trace.failure());
        }
        return 0;
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            names().forEach(System.out::println);
            return;
        }
        System.exit(print(args[0], System.out, System.err));
    }
}
