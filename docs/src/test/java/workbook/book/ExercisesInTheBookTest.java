package workbook.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import workbook.tool.Catalog;
import workbook.tool.Exercise;

/** Every exercise of exercises.toml is in its lesson's chapter, with the hints generated from that file. */
class ExercisesInTheBookTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path CHAPTERS = Path.of("src/book");

    @Test
    void everyExerciseIncludesItsGeneratedHintsInItsChapter() throws Exception {
        List<Exercise> exercises = Catalog.load(ROOT).exercises();
        assertThat(exercises).as("exercises in %s", Catalog.FILE).isNotEmpty();
        for (Exercise exercise : exercises) {
            Path chapter = CHAPTERS.resolve(exercise.lesson() + ".adoc");
            assertThat(chapter).as("the chapter of %s's lesson", exercise.name()).exists();
            String include = "include::{runs}/hints/" + exercise.name() + ".adoc[]";
            String text = withLocalIncludes(chapter);
            assertThat(Pattern.compile("(?m)^" + Pattern.quote(include) + "$").matcher(text).find())
                    .as("exercise %s (%s) has no hints in docs/src/book/%s.adoc: add the line `%s` to its section",
                            exercise.name(), exercise.file(), exercise.lesson(), include)
                    .isTrue();
            assertThat(text)
                    .as("docs/src/book/%s.adoc should show how to run %s's tests", exercise.lesson(), exercise.name())
                    .contains("./workbook run " + exercise.name());
        }
    }

    private static final Pattern LOCAL_INCLUDE = Pattern.compile("(?m)^include::([\\w-]+\\.adoc)\\[[^]]*]$");

    /** A chapter with the chapter files it includes (a part kept in a file of its own counts as the chapter's). */
    private static String withLocalIncludes(Path chapter) throws java.io.IOException {
        String text = Files.readString(chapter);
        StringBuilder all = new StringBuilder(text);
        var includes = LOCAL_INCLUDE.matcher(text);
        while (includes.find()) {
            all.append('\n').append(Files.readString(CHAPTERS.resolve(includes.group(1))));
        }
        return all.toString();
    }

    @Test
    void hintsAreWrittenOnlyInExercisesToml() throws Exception {
        try (Stream<Path> files = Files.list(CHAPTERS)) {
            for (Path chapter : files.filter(file -> file.toString().endsWith(".adoc")).toList()) {
                assertThat(Files.readString(chapter))
                        .as("%s writes a hint by hand: hints live in %s, and the chapter includes them "
                                + "from {runs}/hints/", chapter, Catalog.FILE)
                        .doesNotContainPattern("(?m)^\\.Hint\\b");
            }
        }
    }

    @Test
    void hintSnippetsNestEachHintInTheOneBefore() {
        List<String> snippet = HintSnippets.snippet(List.of("a `x < y` nudge", "the API", "a sketch"));

        assertThat(snippet).containsSubsequence(".Hint 1 of 3", "====", "<p>a <code>x &lt; y</code> nudge</p>",
                ".Hint 2 of 3", "=====", ".Hint 3 of 3", "======", "<p>a sketch</p>", "======", "=====", "====");
    }
}
