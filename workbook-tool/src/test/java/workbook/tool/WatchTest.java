package workbook.tool;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scripted attendee: watch an exercise, save the solution over it, see the board turn to done. */
class WatchTest {

    private static final String SIMUL = "lesson-01-sync/src/exercise/java/workbook/sync/SyncChessSimul.java";
    private static final String SIMUL_SOLUTION = "lesson-01-sync/src/solution/java/workbook/sync/SyncChessSimul.java";

    @TempDir
    Path dir;

    @Test
    void savingTheFixTurnsNotYetIntoDoneWithoutRestarting() throws Exception {
        Sandbox sandbox = new Sandbox(dir);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        PipedOutputStream keyboard = new PipedOutputStream();
        Catalog catalog = Catalog.load(sandbox.root);
        Progress progress = new Progress(sandbox.root);
        Watch watch = new Watch(sandbox.root, catalog, new Judge(sandbox.root), progress, new Hints(progress), out,
                new PipedInputStream(keyboard));
        Exercise simul = catalog.find("01-sync-chess-simul").orElseThrow();

        Thread watching = Thread.ofPlatform().daemon().start(() -> {
            try {
                watch.run(simul);
            } catch (Exception e) {
                out.println("watch failed: " + e);
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> screen.toString(StandardCharsets.UTF_8).contains("✘ 01-sync-chess-simul not yet"));

        Files.copy(sandbox.file(SIMUL_SOLUTION), sandbox.file(SIMUL), StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(sandbox.file(SIMUL), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 1000));

        await().atMost(Duration.ofSeconds(60)).until(() -> screen.toString(StandardCharsets.UTF_8).contains("✔ 01-sync-chess-simul is done"));
        watching.join(Duration.ofSeconds(10));
        String transcript = screen.toString(StandardCharsets.UTF_8);
        System.out.println(transcript); // the save-to-verdict time is in it, for the record
        org.assertj.core.api.Assertions.assertThat(transcript).contains("verdict", "after the save");
        org.assertj.core.api.Assertions.assertThat(progress.status(simul)).isEqualTo(Progress.Status.DONE);
    }
}
