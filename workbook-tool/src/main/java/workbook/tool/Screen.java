package workbook.tool;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How verdicts read: the test's teaching sentence first, the assertion library's own words after it,
 * dimmed, and only when they add something. Colours only on a terminal ({@code NO_COLOR} turns them off).
 */
record Screen(boolean ansi) {

    /** AssertJ's restatement of a comparison the teaching sentence already gives in words and numbers. */
    private static final Pattern RESTATED = Pattern.compile(
            "(?s)\\s*(Expecting actual:\\s*\\S+\\s*to be (less|greater) than( or equal to)?:?\\s*\\S+"
                    + "|expected: *\\S+\\s+but was: *\\S+|Expecting value to be (true|false) but was (true|false))\\s*");
    private static final int LIBRARY_LINES = 6;

    static Screen detect() {
        java.io.Console console = System.console();
        return new Screen(console != null && console.isTerminal() && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM")));
    }

    String dim(String text) {
        return ansi ? "\u001b[2m" + text + "\u001b[22m" : text;
    }

    String bold(String text) {
        return ansi ? "\u001b[1m" + text + "\u001b[22m" : text;
    }

    /** A failure: the sentence written for the attendee, then what the library added, dimmed, if it adds anything. */
    String problem(Verdict.Failure failure) {
        String sentence = failure.sentence();
        String detail = failure.detail();
        if (sentence.isEmpty()) { // bare library output or an exception: it is all there is to read
            return shorten(detail);
        }
        if (detail.isBlank() || RESTATED.matcher(detail).matches()) {
            return sentence;
        }
        return sentence + "\n" + dim(shorten(detail));
    }

    private static String shorten(String text) {
        List<String> lines = text.strip().lines().toList();
        return String.join("\n", lines.subList(0, Math.min(LIBRARY_LINES, lines.size())))
                + (lines.size() > LIBRARY_LINES ? "\n..." : "");
    }

    /** The teaching sentence of the first thing to fix, alone: for one line per exercise. */
    static String headline(Verdict verdict) {
        if (verdict.compileError() != null || verdict.failures().isEmpty()) {
            return verdict.firstProblem();
        }
        Verdict.Failure first = verdict.failures().getFirst();
        return first.sentence().isEmpty() ? first.detail() : first.sentence();
    }

    /** The first thing to fix, as the attendee should read it, and which test says so. */
    String problem(Verdict verdict) {
        if (verdict.compileError() != null || verdict.failures().isEmpty()) {
            return verdict.firstProblem();
        }
        Verdict.Failure first = verdict.failures().getFirst();
        return problem(first) + "\n" + dim("(" + first.test() + ")");
    }

    /** "1 goal test", "3 goal tests". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
