package workbook.tool;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the judge found: whether the code compiled, which tests failed and why (in the order JUnit
 * discovered them, so the first is the same on every run), how many tests ran, and how long compiling
 * and testing took.
 *
 * @param compileError the first compile error, or null
 * @param failures     the failed tests in discovery order; the first is the one to show
 * @param goals        how many goal tests the exercise has
 * @param tests        how many tests ran (goal tests and the others of its test classes)
 * @param stopped      true when the run stopped at its first failure and left the rest unrun
 * @param timeline     the timeline of a timing claim that held (the first to end), or null: shown with "done"
 */
public record Verdict(String compileError, List<Failure> failures, int goals, int tests, boolean stopped,
        Duration compiling, Duration testing, String timeline) {

    /** A verdict with no timeline to show. */
    public Verdict(String compileError, List<Failure> failures, int goals, int tests, boolean stopped,
            Duration compiling, Duration testing) {
        this(compileError, failures, goals, tests, stopped, compiling, testing, null);
    }

    /**
     * A test that failed.
     *
     * @param test         which one
     * @param message      everything the failure said: the test's own sentence, then any library output
     * @param assertion    whether it was a failed assertion (not an exception the code threw)
     * @param failsBecause for a goal test, the words its failure holds on the shipped exercise; else null
     */
    public record Failure(Exercise.TestMethod test, String message, boolean assertion, String failsBecause) {

        // Where a library starts speaking: AssertJ, Awaitility, JUnit, opentest4j.
        private static final Pattern LIBRARY = Pattern.compile(
                "^\\s*(Expecting|Expected:|expected:|but was|but:|Actual and expected|Assertion condition|Condition with|"
                        + "Lambda expression|Multiple Failures|org\\.opentest4j|org\\.awaitility|Condition returned by|Conditions)");

        // How a first line opens that is no sentence: a bare assertion, a library's words, or an exception's name.
        private static final Pattern BARE = Pattern.compile(
                "^\\s*((java|javax|jdk|org|com|net)\\.|[\\w$]*(Exception|Error|Throwable)\\b|Expecting|Expected:|expected:|"
                        + "but was|Actual and expected|Assertion condition|Condition with|Condition returned by|Multiple Failures)");

        public boolean goal() {
            return failsBecause != null;
        }

        /**
         * Whether the failure opens with a sentence of the test's own: what was measured, what was expected. False when
         * its first line is a bare assertion ("Expecting actual:", "expected: ... but was"), a library's output, or an
         * exception's name ("TimeoutException: ... timed out after 60 seconds"): words that teach the attendee nothing.
         * A machine too busy to judge says so in a sentence of the kit's own.
         */
        public boolean opensWithASentence() {
            if (machineTooBusy()) {
                return true;
            }
            String first = sentence().lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
            return !first.isEmpty() && !BARE.matcher(first).lookingAt();
        }

        /** The first line of what the failure says, as the attendee sees it first. */
        public String firstLine() {
            return message.strip().lines().findFirst().orElse("");
        }

        /** Whether the test was aborted because the machine was too busy to tell a wrong fix from a slow machine. */
        public boolean machineTooBusy() {
            return message.startsWith(NOT_JUDGED);
        }

        /**
         * Whether a timing claim failed late while the machine was busy (the kit's Timing says so in its message): a
         * real failure, but one a busy machine may have caused, so it comes after the failures that name a mistake.
         */
        public boolean lateOnABusyMachine() {
            return message.contains(LATE_ON_A_BUSY_MACHINE);
        }

        /** Whether a test's failure is the kit's abort for a machine too busy to judge on. */
        static boolean notJudged(String exception, String message) {
            return exception.equals("org.opentest4j.TestAbortedException") && message != null
                    && message.startsWith(NOT_JUDGED);
        }

        /**
         * The teaching sentence: what the test says in its own words (an AssertJ description's text, or the
         * lines before the library's output). Empty when the failure is bare library output or an exception.
         */
        public String sentence() {
            return split()[0];
        }

        /** The library's output (or the exception), to show dimmed, after the sentence; empty when there is none. */
        public String detail() {
            return split()[1];
        }

        private String[] split() {
            String text = message.strip();
            if (!assertion) {
                return new String[] {"", text};
            }
            if (text.startsWith("[")) { // AssertJ's as(...): "[what was measured] \nExpecting ..."
                for (int close = text.indexOf(']'); close > 0; close = text.indexOf(']', close + 1)) {
                    String rest = text.substring(close + 1).strip();
                    if (rest.isEmpty() || LIBRARY.matcher(rest).lookingAt()) {
                        return new String[] {text.substring(1, close).strip(), rest};
                    }
                }
            }
            int library = libraryStart(text);
            return new String[] {text.substring(0, library).strip(), text.substring(library).strip()};
        }

        private static int libraryStart(String text) {
            int offset = 0;
            for (String line : text.split("\n", -1)) {
                if (LIBRARY.matcher(line).find()) {
                    return offset;
                }
                offset += line.length() + 1;
            }
            return text.length();
        }
    }

    /** How the kit's MachineLoad begins a test it aborts. */
    static final String NOT_JUDGED = "could not judge";
    /** How the kit's Timing notes a machine that was busy while a claim ran late. */
    static final String LATE_ON_A_BUSY_MACHINE = "(The machine was busy meanwhile";

    /**
     * Not done, but not "not yet" either: every test that failed was aborted because the machine was too busy to
     * tell (a timing bound the machine may have broken): the verdict is "try again", not a judgement of the code.
     */
    public boolean notJudged() {
        return compileError == null && !failures.isEmpty() && failures.stream().allMatch(Failure::machineTooBusy);
    }

    public boolean done() {
        return compileError == null && failures.isEmpty() && goals > 0 && tests > 0;
    }

    /** The first thing to fix: a compile error, or the first failed test's message. */
    public String firstProblem() {
        if (compileError != null) {
            return "does not compile: " + compileError;
        }
        if (goals == 0) {
            return "no goal tests found for this exercise";
        }
        return failures.isEmpty() ? "" : failures.getFirst().test() + ": " + failures.getFirst().message();
    }

    public Duration total() {
        return compiling.plus(testing);
    }
}
