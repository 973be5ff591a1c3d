package workbook.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Compares what two programs printed, line by line, and keeps every real run for the book. */
final class Outputs {

    /** Wall-clock readings ("Started at 14:06:06") differ from run to run; everything else must not. */
    static final UnaryOperator<String> CLOCK = line -> line.replaceAll("\\b\\d{2}:\\d{2}:\\d{2}\\b", "HH:MM:SS");

    private Outputs() {
    }

    /** Asserts the same lines in the same order, after {@code normalize}; the message shows both side by side. */
    static void assertSameLines(String what, String leftName, List<String> left, String rightName, List<String> right,
            UnaryOperator<String> normalize) {
        List<String> a = left.stream().map(normalize).toList();
        List<String> b = right.stream().map(normalize).toList();
        assertThat(b)
                .as("%s: %s and %s printed different lines (compared line by line, in order, after masking clock "
                        + "readings):%n%s", what, leftName, rightName, sideBySide(leftName, left, rightName, right))
                .isEqualTo(a);
    }

    /** Two outputs in two columns, the lines that differ marked with {@code |}. */
    static String sideBySide(String leftName, List<String> left, String rightName, List<String> right) {
        int width = Math.max(leftName.length(), left.stream().mapToInt(String::length).max().orElse(0)) + 2;
        StringBuilder table = new StringBuilder();
        table.append(pad(leftName, width)).append("   ").append(rightName).append('\n');
        table.append("-".repeat(width)).append("   ").append("-".repeat(Math.max(rightName.length(), 8))).append('\n');
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String l = i < left.size() ? left.get(i) : "";
            String r = i < right.size() ? right.get(i) : "";
            boolean same = i < left.size() && i < right.size() && CLOCK.apply(l).equals(CLOCK.apply(r));
            table.append(pad(l, width)).append(same ? "   " : " | ").append(r).append('\n');
        }
        return table.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    /** Writes a real run's output to {@code target/runs/NAME.txt}, where the book includes it from. */
    static void keep(String name, List<String> lines) {
        Path dir = Path.of(System.getProperty("polyglot.runs", "target/runs"));
        try {
            Files.createDirectories(dir);
            List<String> text = new ArrayList<>(lines);
            Files.write(dir.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException("could not keep the run " + name, failed);
        }
    }
}
