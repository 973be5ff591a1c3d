package workbook.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every lesson-* folder is wired in everywhere a lesson must be; a missing place is named, one line each. */
class LessonsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyLessonOfThisRepositoryIsWiredIn() throws Exception {
        List<String> lessons = Lessons.folders(ROOT);
        Set<String> runs = BookRuns.runs().stream().map(BookRun::name).collect(Collectors.toSet());

        assertThat(lessons).as("the lesson-* folders").hasSizeGreaterThanOrEqualTo(5);
        assertThat(Lessons.problems(ROOT, lessons, runs)).as("places a lesson is missing from").isEmpty();
    }

    @Test
    void aLessonMissingFromEveryPlaceIsReportedOncePerPlace(@TempDir Path root) throws Exception {
        repository(root, "lesson-01-wired");
        Files.createDirectories(root.resolve("lesson-02-new"));
        List<String> lessons = Lessons.folders(root);

        assertThat(lessons).containsExactly("lesson-01-wired", "lesson-02-new");
        assertThat(Lessons.problems(root, lessons, Set.of("lesson-01-run"))).containsExactly(
                "lesson-02-new: not a module of the build: add <module>lesson-02-new</module> to <modules> in pom.xml",
                "lesson-02-new: the book and the polyglot comparison do not get its classes: add a dependency on "
                        + "lesson-02-new to the profile 'every-lesson' in pom.xml",
                "lesson-02-new: the proof does not start its one-file programs after it is built: add a dependency on "
                        + "lesson-02-new to programs/pom.xml",
                "lesson-02-new: no exercise in exercises.toml: add its [[exercise]] entries (lesson = \"lesson-02-new\")",
                "lesson-02-new: no chapter in the book: write docs/src/book/lesson-02-new.adoc",
                "lesson-02-new: no book run is named lesson-02-…: add the lesson's runs to BookRuns.runs() "
                        + "(docs/src/main/java/workbook/book/BookRuns.java)",
                "lesson-02-new: no row in README.md's lesson table: add | [`lesson-02-new`](lesson-02-new) | what it "
                        + "teaches | its exercises |",
                "lesson-02-new: no README of its own: write lesson-02-new/README.md");
    }

    @Test
    void anExerciseOfNoLessonAndAFolderBadlyNamedAreReported(@TempDir Path root) throws Exception {
        repository(root, "lesson-01-wired");
        Files.writeString(root.resolve("exercises.toml"), """
                [[exercise]]
                name = "01-a"
                lesson = "lesson-01-wired"
                class = "workbook.wired.A"

                [[exercise]]
                name = "09-gone"
                lesson = "lesson-09-gone"
                class = "workbook.gone.B"
                """);
        Files.createDirectories(root.resolve("lesson-3-short"));

        assertThat(Lessons.problems(root, Lessons.folders(root), Set.of("lesson-01-run"))).containsExactly(
                "lesson-3-short: a lesson folder is named lesson-NN-topic (two digits, lower case)",
                "exercises.toml: exercise 09-gone names lesson lesson-09-gone, which is no lesson-* folder");
    }

    @Test
    void theBookIncludesOneChapterPerLessonInOrder() {
        assertThat(Lessons.chapterIncludes(List.of("lesson-01-a", "lesson-02-b"))).containsSubsequence(
                "include::{root}/docs/src/book/lesson-01-a.adoc[]", "", "include::{root}/docs/src/book/lesson-02-b.adoc[]");
    }

    /** A repository whose one lesson is wired in everywhere. */
    private static void repository(Path root, String lesson) throws IOException {
        Files.createDirectories(root.resolve(lesson));
        Files.writeString(root.resolve(lesson).resolve("README.md"), "# " + lesson + "\n");
        Files.createDirectories(root.resolve("docs/src/book"));
        Files.writeString(root.resolve("docs/src/book").resolve(lesson + ".adoc"), "== A lesson\n");
        Files.writeString(root.resolve("README.md"), "| lesson | idea |\n|---|---|\n| [`%s`](%s) | an idea |\n"
                .formatted(lesson, lesson));
        Files.writeString(root.resolve("exercises.toml"), """
                [[exercise]]
                name = "01-a"
                lesson = "%s"
                class = "workbook.wired.A"
                """.formatted(lesson));
        Files.writeString(root.resolve("pom.xml"), """
                <project>
                  <modules>
                    <module>workbook-kit</module>
                    <module>%1$s</module>
                  </modules>
                  <profiles>
                    <profile>
                      <id>every-lesson</id>
                      <dependencies>
                        <dependency><groupId>workbook</groupId><artifactId>%1$s</artifactId></dependency>
                      </dependencies>
                    </profile>
                  </profiles>
                </project>
                """.formatted(lesson));
        Files.createDirectories(root.resolve("programs"));
        Files.writeString(root.resolve("programs/pom.xml"), """
                <project>
                  <dependencies>
                    <dependency><groupId>workbook</groupId><artifactId>%s</artifactId></dependency>
                  </dependencies>
                </project>
                """.formatted(lesson));
    }
}
