package workbook.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalog and the lessons agree: every exercise is listed, judged by goal tests, and hinted. */
class CatalogTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyExerciseClassOfEveryLessonIsInTheCatalog() throws IOException {
        List<Path> listed = Catalog.load(ROOT).exercises().stream().map(Exercise::file).toList();

        try (Stream<Path> files = Files.walk(ROOT, 1)) {
            for (Path lesson : files.filter(p -> p.getFileName().toString().matches("lesson-\\d\\d-.*")).toList()) {
                try (Stream<Path> sources = Files.walk(lesson.resolve("src/exercise/java"))) {
                    List<Path> exercises = sources.filter(p -> p.toString().endsWith(".java")).map(ROOT::relativize).toList();
                    assertThat(listed).as("entries of %s for %s", Catalog.FILE, lesson.getFileName()).containsAll(exercises);
                }
            }
        }
    }

    @Test
    void everyEntryHasItsFilesGoalTestsAndThreeHints() throws IOException {
        for (Exercise exercise : Catalog.load(ROOT).exercises()) {
            assertThat(ROOT.resolve(exercise.file())).as("%s: the exercise file", exercise.name()).isRegularFile();
            assertThat(ROOT.resolve(exercise.solution())).as("%s: the solution file", exercise.name()).isRegularFile();
            assertThat(exercise.goals()).as("%s: goal tests", exercise.name()).isNotEmpty();
            assertThat(exercise.hints()).as("%s: hints", exercise.name()).hasSize(3);
            assertThat(exercise.name()).as("names start with the lesson number").startsWith(exercise.lesson().substring(7, 9) + "-");
        }
    }

    @Test
    void namesAreUnique() throws IOException {
        List<String> names = Catalog.load(ROOT).names();
        assertThat(names).doesNotHaveDuplicates();
    }
}
