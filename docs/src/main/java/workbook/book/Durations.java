package workbook.book;

import java.time.Duration;
import java.util.Locale;

/** Durations the way the book prints them: "6.01 s" for real runs, "12 h 00 min" for simulated ones. */
final class Durations {

    private Durations() {
    }

    static String show(Duration duration) {
        if (duration.compareTo(Duration.ofHours(1)) >= 0) {
            return "%d h %02d min".formatted(duration.toHours(), duration.toMinutesPart());
        }
        if (duration.compareTo(Duration.ofMinutes(1)) >= 0) {
            return duration.toSecondsPart() == 0
                    ? "%d min".formatted(duration.toMinutes())
                    : "%d min %02d s".formatted(duration.toMinutes(), duration.toSecondsPart());
        }
        return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
    }

    /** An axis label: as short as the step allows ("0", "2 s", "30 min", "1 h 30"). */
    static String tick(Duration at, Duration step) {
        if (at.isZero()) {
            return "0";
        }
        if (step.compareTo(Duration.ofMinutes(1)) >= 0) {
            if (at.toMinutesPart() == 0 && at.toHours() > 0) {
                return at.toHours() + " h";
            }
            return at.toHours() > 0 ? "%d h %02d".formatted(at.toHours(), at.toMinutesPart()) : at.toMinutes() + " min";
        }
        if (step.compareTo(Duration.ofSeconds(1)) >= 0) {
            return at.toSeconds() + " s";
        }
        return String.format(Locale.ROOT, "%.1f s", at.toNanos() / 1e9);
    }

    /** A round step that cuts {@code total} into at most {@code maxTicks} parts. */
    static Duration step(Duration total, int maxTicks) {
        long[] millis = {1, 2, 5, 10, 20, 50, 100, 200, 250, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000,
                60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000};
        for (long candidate : millis) {
            if (total.toMillis() / candidate < maxTicks) {
                return Duration.ofMillis(candidate);
            }
        }
        return Duration.ofMillis(millis[millis.length - 1]);
    }
}
