package workbook.pitfalls;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import workbook.kit.ChildJvm;
import workbook.kit.Timeline;

/** Pitfall 6: a thread pool nobody shuts down keeps the JVM alive after {@code main} returns. */
public final class ForgottenExecutor {

    public static final List<String> GUESTS = List.of("Guido van Rossum", "Sebastián Ramírez", "Luciano Ramalho");

    /** The last line {@code main} prints before it returns. */
    public static final String MAIN_RETURNS = "main returns now";

    private ForgottenExecutor() {
    }

    // tag::mistake[]
    /** The mistake: a pool is made, used and forgotten; its threads wait for work that never comes. */
    public static void announceAndForget(List<String> guests, Consumer<String> out) {
        ExecutorService announcers = Executors.newFixedThreadPool(2);
        guests.forEach(guest -> announcers.execute(() -> out.accept("Please welcome " + guest)));
    }
    // end::mistake[]

    /** The mistaken program: announces the guests and returns from main. */
    public static final class Mistake {
        public static void main(String[] args) {
            announceAndForget(GUESTS, System.out::println);
            System.out.println(MAIN_RETURNS);
        }
    }

    /** The program with {@link Announcer}: announces the guests and returns from main. */
    public static final class Program {
        public static void main(String[] args) throws Exception {
            new Announcer(System.out::println).announce(GUESTS);
            System.out.println(MAIN_RETURNS);
        }
    }

    /** Runs both programs in JVMs of their own, and reports whether each JVM exits once main returns. */
    public static void run(Consumer<String> out) throws Exception {
        out.accept("The mistake: a thread pool nobody shuts down");
        watch(Mistake.class, out);
        out.accept("The fix: Announcer closes its pool (try-with-resources)");
        watch(Program.class, out);
    }

    private static void watch(Class<?> program, Consumer<String> out) throws Exception {
        Duration grace = Duration.ofSeconds(2);
        try (ChildJvm child = ChildJvm.of(program).echo(line -> out.accept("  | " + line)).stopGrace(Duration.ZERO).start()) {
            if (!child.awaitLine(MAIN_RETURNS, Duration.ofSeconds(20))) {
                out.accept("  the program did not reach the end of main in 20 s");
                return;
            }
            long returned = System.nanoTime();
            if (child.awaitExit(grace)) {
                out.accept("  the JVM exited %s after main returned (exit code %d)".formatted(
                        Timeline.seconds(Duration.ofNanos(System.nanoTime() - returned)), child.exitCode()));
            } else {
                out.accept("  main returned, yet the JVM was still running %s later: killed it"
                        .formatted(Timeline.seconds(grace)));
            }
        }
    }
}
