package workbook.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One truth for progress: two ./workbook processes (a watch and a hint) never undo each other. */
class ProgressTest {

    private static final int WRITES = 60;

    @TempDir
    Path root;

    @Test
    void aVerdictRecordedByOneInstanceKeepsTheHintLevelSetByAnother() {
        Exercise greeter = exercise("01-greeter");
        Progress watch = new Progress(root);
        Progress hint = new Progress(root);
        watch.record(greeter, watch.fingerprint(greeter), verdict(false));

        hint.revealHint(greeter, 3);
        hint.revealHint(greeter, 3);
        watch.record(greeter, watch.fingerprint(greeter), verdict(false));

        assertThat(new Progress(root).hintsSeen(greeter)).isEqualTo(2);
        assertThat(watch.revealHint(greeter, 3)).as("the watch's next hint").isEqualTo(3);
    }

    @Test
    void twoProcessesWritingAtOnceLoseNothing() throws Exception {
        List<Process> writers = new ArrayList<>();
        for (String who : List.of("a", "b")) {
            writers.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Writer.class.getName(), root.toString(), who)
                    .inheritIO().start());
        }
        for (Process writer : writers) {
            assertThat(writer.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as("a writer finished").isTrue();
            assertThat(writer.exitValue()).isZero();
        }
        Progress progress = new Progress(root);
        for (String who : List.of("a", "b")) {
            assertThat(IntStream.range(0, WRITES).filter(i -> progress.status(exercise(who + i)) == Progress.Status.DONE).count())
                    .as("verdicts of writer %s still in the file", who).isEqualTo(WRITES);
        }
        try (var left = Files.list(root.resolve(".workbook"))) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left behind")
                    .containsExactlyInAnyOrder("progress.properties", "progress.lock");
        }
    }

    @Test
    void anEditAfterTheVerdictShowsAsChangedSince() throws Exception {
        Path file = root.resolve("lesson-01-sync/src/exercise/java/workbook/sync/Greeter.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "class Greeter {}\n");
        Exercise greeter = new Exercise("01-greeter", "lesson-01-sync", "workbook.sync.Greeter", List.of(), List.of(), List.of());
        Progress progress = new Progress(root);
        progress.record(greeter, progress.fingerprint(greeter), verdict(true));
        assertThat(progress.changedSince(greeter)).isFalse();

        Files.writeString(file, "class Greeter { /* broken */\n");

        assertThat(progress.changedSince(greeter)).isTrue();
        assertThat(progress.status(greeter)).as("as last judged").isEqualTo(Progress.Status.DONE);
    }

    /** One of the two processes: records a verdict for each of its own exercises. */
    public static final class Writer {
        public static void main(String[] args) {
            Progress progress = new Progress(Path.of(args[0]));
            for (int i = 0; i < WRITES; i++) {
                progress.record(exercise(args[1] + i), "f", verdict(true));
            }
        }
    }

    static Exercise exercise(String name) {
        return new Exercise(name, "lesson-00", "workbook.None" + name.replace('-', '_'), List.of(), List.of(), List.of());
    }

    static Verdict verdict(boolean done) {
        return new Verdict(null, done ? List.of() : List.of(new Verdict.Failure(new Exercise.TestMethod("T", "m"), "no", true, null)),
                1, 1, false, Duration.ZERO, Duration.ZERO);
    }
}
