package workbook.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The proof's lanes judge the whole catalogue once per parallelism, a lane never mixing lessons. */
class CatalogueLanesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyExerciseIsInExactlyOneLaneAtEachParallelism() throws IOException {
        Catalog catalog = Catalog.load(ROOT);
        List<CatalogueLanes.Lane> lanes = CatalogueLanes.lanes(catalog);
        for (int parallelism : CatalogueLanes.PARALLELISMS) {
            List<String> judged = lanes.stream().filter(l -> l.parallelism() == parallelism)
                    .flatMap(l -> l.exercises().stream()).toList();
            assertThat(judged).as("the exercises judged at parallelism %d", parallelism)
                    .containsExactlyInAnyOrderElementsOf(catalog.names());
        }
        for (CatalogueLanes.Lane lane : lanes) {
            assertThat(lane.exercises()).as("%s: its exercises", lane.name()).isNotEmpty()
                    .allMatch(name -> catalog.find(name).orElseThrow().lesson().equals(lane.lesson()));
        }
        assertThat(lanes).as("the lanes with the most verdicts start first")
                .isSortedAccordingTo(Comparator.comparingInt(CatalogueLanes.Lane::verdicts).reversed());
        assertThat(lanes.stream().map(CatalogueLanes.Lane::log)).as("a log each").doesNotHaveDuplicates();
    }

    @Test
    void theTestsLeftToTheLanesAreEveryExercisesTestClassesAndNoOther() throws IOException {
        Catalog catalog = Catalog.load(ROOT);
        List<String> judged = CatalogueLanes.judgedTests(catalog);

        assertThat(judged).as("one pattern per test class").doesNotHaveDuplicates()
                .allMatch(pattern -> pattern.matches("workbook(/[a-z]+)+/[A-Z][A-Za-z0-9]*Test\\.java"))
                .contains("workbook/sync/GreeterTest.java");
        for (Exercise exercise : catalog.exercises()) {
            assertThat(judged).as("%s's test classes", exercise.name())
                    .containsAll(exercise.testClasses().stream().map(c -> c.replace('.', '/') + ".java").toList());
        }
        assertThat(judged).as("a test of given code only, which no exercise names").doesNotContain("workbook/threads/SpeedupTableTest.java");
    }
}
