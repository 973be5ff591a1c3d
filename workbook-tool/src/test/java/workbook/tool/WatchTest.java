package workbook.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A scripted attendee: watch an exercise, save a wrong attempt, another exercise, then the fix. */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // it compiles and judges four times: minutes on a busy machine, never a hang
class WatchTest {

    private static final String SIMUL = "lesson-01-sync/src/exercise/java/workbook/sync/SyncChessSimul.java";
    private static final String SIMUL_SOLUTION = "lesson-01-sync/src/solution/java/workbook/sync/SyncChessSimul.java";
    private static final String GREETER = "lesson-01-sync/src/exercise/java/workbook/sync/Greeter.java";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private int saves;

    @Test
    void everySaveIsJudgedAndTheFixTurnsNotYetIntoDoneWithoutRestarting() throws Exception {
        Sandbox sandbox = new Sandbox(dir);
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        PipedOutputStream keyboard = new PipedOutputStream();
        Catalog catalog = Catalog.load(sandbox.root);
        Progress progress = new Progress(sandbox.root);
        Watch watch = new Watch(sandbox.root, catalog, new Judge(sandbox.root), progress, out,
                Keys.lines(new PipedInputStream(keyboard)), new Screen(false));
        Exercise simul = catalog.find("01-sync-chess-simul").orElseThrow();

        Thread watching = Thread.ofPlatform().daemon().start(() -> {
            try {
                watch.run(simul);
            } catch (Exception e) {
                out.println("watch failed: " + e);
            }
        });
        awaitScreen("judging 01-sync-chess-simul…");
        awaitScreen("✘ 01-sync-chess-simul not yet");

        Files.writeString(sandbox.file(SIMUL), Files.readString(sandbox.file(SIMUL)) + "\n// still thinking\n");
        save(sandbox.file(SIMUL));
        awaitScreen("✘ 01-sync-chess-simul not yet (verdict", "after the save");

        save(sandbox.file(GREETER));
        awaitScreen("judging 01-greeter…", "(that was 01-greeter; watch is on 01-sync-chess-simul");

        Files.copy(sandbox.file(SIMUL_SOLUTION), sandbox.file(SIMUL), StandardCopyOption.REPLACE_EXISTING);
        save(sandbox.file(SIMUL));
        awaitScreen("✔ 01-sync-chess-simul is done (verdict");
        watching.join(Duration.ofSeconds(10));
        System.out.println(screen.toString(StandardCharsets.UTF_8)); // the save-to-verdict times, for the record
        assertThat(progress.status(simul)).isEqualTo(Progress.Status.DONE);
        assertThat(progress.status(catalog.find("01-greeter").orElseThrow())).as("the other exercise, judged")
                .isNotEqualTo(Progress.Status.UNCHECKED);
    }

    /** A save that a coarse file system clock could not tell from the last one still counts. */
    private void save(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 1000L * ++saves));
    }

    private void awaitScreen(String... parts) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            String text = screen.toString(StandardCharsets.UTF_8);
            return java.util.Arrays.stream(parts).allMatch(text::contains);
        });
    }
}
