package workbook.book;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import workbook.tool.Catalog;
import workbook.tool.Exercise;

/**
 * Writes every exercise's hints, read from {@code exercises.toml} by the same {@link Catalog} that
 * {@code ./workbook hint} uses, as one AsciiDoc snippet per exercise: {@code NAME.adoc}. Each hint is a
 * collapsible block nested in the one before it, so a reader opens them one at a time.
 *
 * <p>Usage: {@code HintSnippets <repository root> <hints folder>}.
 */
public final class HintSnippets {

    private HintSnippets() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: HintSnippets <repository root> <hints folder>");
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path folder = Files.createDirectories(Path.of(args[1]));
        List<Exercise> exercises = Catalog.load(root).exercises();
        for (Exercise exercise : exercises) {
            if (exercise.hints().isEmpty()) {
                throw new IllegalStateException(Catalog.FILE + ": exercise " + exercise.name() + " has no hints");
            }
            Files.write(folder.resolve(exercise.name() + ".adoc"), snippet(exercise.hints()));
        }
        System.out.printf("book hints: %d exercises from %s%n", exercises.size(), Catalog.FILE);
    }

    /** The hints as nested collapsible blocks: Hint 2 is inside Hint 1, Hint 3 inside Hint 2. */
    static List<String> snippet(List<String> hints) {
        List<String> lines = new ArrayList<>();
        for (int level = 0; level < hints.size(); level++) {
            lines.add("");
            lines.add(".Hint %d of %d".formatted(level + 1, hints.size()));
            lines.add("[%collapsible.hint]");
            lines.add("=".repeat(4 + level));
            // Raw HTML, escaped here: hint text is prose with `code`, not AsciiDoc, whatever characters it holds.
            lines.add("++++");
            lines.add("<p>" + html(hints.get(level).strip()) + "</p>");
            lines.add("++++");
        }
        for (int level = hints.size() - 1; level >= 0; level--) {
            lines.add("=".repeat(4 + level));
        }
        return lines;
    }

    /** The hint's text as HTML: special characters escaped, {@code `code`} in a code element. */
    static String html(String hint) {
        String[] parts = hint.split("`", -1);
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String text = TimelineSvg.escape(parts[i]);
            boolean code = i % 2 == 1 && i < parts.length - 1; // an unpaired backtick is just a character
            if (code) {
                html.append("<code>").append(text).append("</code>");
            } else {
                html.append(i % 2 == 1 ? "`" : "").append(text);
            }
        }
        return html.toString();
    }
}
