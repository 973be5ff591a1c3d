package workbook.book;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import workbook.kit.Timeline;

/**
 * One program the book runs during its build: its name (the files it writes are named after it),
 * the claim the book makes about it in words, the check that holds the run to that claim, and the code.
 */
public record BookRun(String name, String claim, Check check, Mode mode, Program program) {

    /** How a run may share the machine with the others. */
    public enum Mode {
        /** Only waits (sleeps): runs alongside the other waiting runs, so their seconds overlap. */
        WAITING,
        /** Measures CPU work or runs on a virtual clock: runs alone, after the waiting runs. */
        ALONE
    }

    /** What a run gives back: how long it took, on its own clock, and the timeline it recorded. */
    public record Outcome(Duration took, Timeline timeline) {
    }

    /** The demo itself: prints to {@code out} and tells what it took. */
    @FunctionalInterface
    public interface Program {
        Outcome run(Consumer<String> out) throws Exception;
    }

    /** A demo on the wall clock that records into the timeline it is given. */
    @FunctionalInterface
    public interface TimedProgram {
        void run(Consumer<String> out, Timeline timeline) throws Exception;
    }

    /** A run that only sleeps, timed on the wall clock: the book's "6 s" and "3 s". */
    public static BookRun waiting(String name, String claim, Check check, TimedProgram program) {
        return new BookRun(name, claim, check, Mode.WAITING, timed(program));
    }

    /** A run timed on the wall clock that computes, so it gets the cores to itself. */
    public static BookRun computing(String name, String claim, Check check, TimedProgram program) {
        return new BookRun(name, claim, check, Mode.ALONE, timed(program));
    }

    /** A run on a virtual clock (the chess simuls): the program builds its own clock and timeline. */
    public static BookRun simulated(String name, String claim, Check check, Program program) {
        return new BookRun(name, claim, check, Mode.ALONE, program);
    }

    private static Program timed(TimedProgram program) {
        return out -> {
            Timeline timeline = Timeline.startingNow();
            long start = System.nanoTime();
            program.run(out, timeline);
            return new Outcome(Duration.ofNanos(System.nanoTime() - start), timeline);
        };
    }

    /** Holds a run to its claim: empty when the run agrees, else what contradicts it. */
    @FunctionalInterface
    public interface Check {

        Optional<String> contradiction(Outcome outcome, List<String> printed);

        /** The run took between {@code atLeast} and {@code atMost}: a claim with a tolerance. */
        static Check tookBetween(Duration atLeast, Duration atMost) {
            return (outcome, printed) -> outcome.took().compareTo(atLeast) < 0 || outcome.took().compareTo(atMost) > 0
                    ? Optional.of("it took %s, expected between %s and %s".formatted(
                            Durations.show(outcome.took()), Durations.show(atLeast), Durations.show(atMost)))
                    : Optional.empty();
        }

        /** The run took exactly {@code expected}: for virtual clocks, where time is exact. */
        static Check tookExactly(Duration expected) {
            return (outcome, printed) -> outcome.took().equals(expected)
                    ? Optional.empty()
                    : Optional.of("it took %s, expected exactly %s".formatted(
                            Durations.show(outcome.took()), Durations.show(expected)));
        }

        /** Each pattern matches a printed line, in this order (other lines may come between). */
        static Check printedInOrder(String... patterns) {
            return (outcome, printed) -> {
                int line = 0;
                for (String pattern : patterns) {
                    Pattern regex = Pattern.compile(pattern);
                    while (line < printed.size() && !regex.matcher(printed.get(line)).find()) {
                        line++;
                    }
                    if (line == printed.size()) {
                        return Optional.of("no printed line matches /%s/ (in order); it printed:%n  %s"
                                .formatted(pattern, String.join("\n  ", printed)));
                    }
                    line++;
                }
                return Optional.empty();
            };
        }

        /**
         * The first printed line matching {@code pattern} shows a time in seconds ("3.01 s", the group
         * {@code (\\d+\\.\\d+) s} in the pattern) between {@code atLeast} and {@code atMost}.
         */
        static Check printedSecondsBetween(String pattern, Duration atLeast, Duration atMost) {
            return (outcome, printed) -> {
                Pattern regex = Pattern.compile(pattern);
                for (String line : printed) {
                    java.util.regex.Matcher found = regex.matcher(line);
                    if (found.find()) {
                        Duration shown = Duration.ofNanos(Math.round(Double.parseDouble(found.group(1)) * 1e9));
                        return shown.compareTo(atLeast) < 0 || shown.compareTo(atMost) > 0
                                ? Optional.of("\"%s\" shows %s, expected between %s and %s".formatted(line.strip(),
                                        Durations.show(shown), Durations.show(atLeast), Durations.show(atMost)))
                                : Optional.empty();
                    }
                }
                return Optional.of("no printed line matches /%s/; it printed:%n  %s"
                        .formatted(pattern, String.join("\n  ", printed)));
            };
        }

        /** Every one of the checks holds. */
        static Check all(Check... checks) {
            return (outcome, printed) -> {
                for (Check check : checks) {
                    Optional<String> contradiction = check.contradiction(outcome, printed);
                    if (contradiction.isPresent()) {
                        return contradiction;
                    }
                }
                return Optional.empty();
            };
        }
    }
}
