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

    /** A failure message: the sentence written for the attendee, then what the library added, if anything. */
    String problem(String message) {
        String[] parts = split(message);
        String teaching = parts[0];
        String library = parts[1];
        if (library.isBlank() || RESTATED.matcher(library).matches()) {
            return teaching;
        }
        List<String> lines = library.strip().lines().toList();
        String shown = String.join("\n", lines.subList(0, Math.min(LIBRARY_LINES, lines.size())))
                + (lines.size() > LIBRARY_LINES ? "\n..." : "");
        return teaching + "\n" + dim(shown);
    }

    /** {teaching sentence, library output}: AssertJ puts a description first, in brackets. */
    static String[] split(String message) {
        String text = message.strip();
        int tight = text.indexOf("]\n");
        int spaced = text.indexOf("] \n");
        int close = tight < 0 ? spaced : spaced < 0 ? tight : Math.min(tight, spaced);
        if (text.startsWith("[") && close > 0) {
            return new String[] {text.substring(1, close).strip(), text.substring(close + 1).strip()};
        }
        return new String[] {text, ""};
    }

    /** The first thing to fix, as the attendee should read it. */
    String problem(Verdict verdict) {
        if (verdict.compileError() != null || verdict.failures().isEmpty()) {
            return verdict.firstProblem();
        }
        Verdict.Failure first = verdict.failures().getFirst();
        return problem(first.message()) + "\n" + dim("(" + first.test() + ")");
    }

    /** "1 goal test", "3 goal tests". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
