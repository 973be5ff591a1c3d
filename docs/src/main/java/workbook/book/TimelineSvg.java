package workbook.book;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import workbook.kit.Timeline;

/** Draws a recorded {@link Timeline} as an SVG: one bar per task over time, coloured by thread. */
final class TimelineSvg {

    private static final String[] COLOURS = {"#2a6f97", "#e07a1f", "#3a9d5d", "#b5446e", "#7d5ba6", "#8c6d31",
            "#d1495b", "#00798c", "#edae49", "#66a182"};
    private static final int WIDTH = 760;
    private static final int LABELS = 190;
    private static final int RIGHT = 30;
    private static final int ROW = 24;
    private static final int TOP = 34;

    private TimelineSvg() {
    }

    static String draw(String title, Timeline timeline) {
        List<Timeline.Span> spans = timeline.spans();
        Duration end = spans.stream().map(Timeline.Span::end).max(Duration::compareTo).orElse(Duration.ofSeconds(1));
        if (end.isZero()) {
            end = Duration.ofMillis(1);
        }
        Map<String, String> colourOfThread = new LinkedHashMap<>();
        for (Timeline.Span span : spans) {
            colourOfThread.computeIfAbsent(span.thread(), t -> COLOURS[colourOfThread.size() % COLOURS.length]);
        }
        double plot = WIDTH - LABELS - RIGHT;
        double scale = plot / end.toNanos();
        int axisY = TOP + spans.size() * ROW + 6;
        int height = axisY + 44 + ((colourOfThread.size() + 3) / 4) * 18;

        List<String> svg = new ArrayList<>();
        svg.add("""
                <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" \
                font-family="DejaVu Sans, Arial, sans-serif" font-size="12">""".formatted(WIDTH, height, WIDTH, height));
        svg.add("<title>%s</title>".formatted(escape(title)));
        svg.add("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        svg.add("<text x=\"8\" y=\"20\" font-size=\"14\" font-weight=\"bold\">%s</text>".formatted(escape(title)));

        Duration step = Durations.step(end, 10);
        for (Duration at = Duration.ZERO; at.compareTo(end) <= 0; at = at.plus(step)) {
            double x = LABELS + at.toNanos() * scale;
            svg.add(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#dddddd\"/>", x, TOP - 4, x, axisY));
            svg.add(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#444444\">%s</text>",
                    x, axisY + 16, escape(Durations.tick(at, step))));
        }
        svg.add("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444444\"/>"
                .formatted(LABELS, axisY, WIDTH - RIGHT, axisY));

        for (int row = 0; row < spans.size(); row++) {
            Timeline.Span span = spans.get(row);
            int y = TOP + row * ROW;
            double x = LABELS + span.start().toNanos() * scale;
            double width = Math.max(1.5, span.length().toNanos() * scale);
            svg.add("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>".formatted(LABELS - 8, y + 15, escape(span.task())));
            svg.add(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"3\" fill=\"%s\"><title>%s on %s: %s → %s</title></rect>",
                    x, y + 3, width, ROW - 6, colourOfThread.get(span.thread()), escape(span.task()),
                    escape(span.thread()), Durations.show(span.start()), Durations.show(span.end())));
            String length = Durations.show(span.length());
            boolean inside = width > 8 * length.length() + 10;
            svg.add(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"%s\"%s>%s</text>",
                    inside ? x + width - 5 : Math.min(x + width + 4, WIDTH - RIGHT - 50), y + 15,
                    inside ? "#ffffff" : "#333333", inside ? " text-anchor=\"end\"" : "", escape(length)));
        }

        int legendY = axisY + 38;
        int column = 0;
        for (Map.Entry<String, String> thread : colourOfThread.entrySet()) {
            int x = 8 + (column % 4) * 185;
            int y = legendY + (column / 4) * 18;
            svg.add("<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" rx=\"2\" fill=\"%s\"/>".formatted(x, y - 10, thread.getValue()));
            svg.add("<text x=\"%d\" y=\"%d\">thread %s</text>".formatted(x + 18, y, escape(thread.getKey())));
            column++;
        }
        svg.add("</svg>");
        return String.join("\n", svg) + "\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
