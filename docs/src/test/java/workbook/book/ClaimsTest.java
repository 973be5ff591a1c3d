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

/** The book's list of runtime claims: each one in the book, each backed by a run, no runtime named without one. */
class ClaimsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyClaimOfTheBookIsInItAndNamesARunThatExists() throws IOException {
        Set<String> runs = BookRuns.runs().stream().map(BookRun::name).collect(Collectors.toSet());
        assertThat(Claims.problems(ROOT, runs)).as("the book's claims (docs/src/book/claims.adoc)").isEmpty();
        assertThat(Claims.read(ROOT.resolve("docs/src/book/claims.adoc"))).hasSizeGreaterThan(50);
    }

    @Test
    void aClaimWhoseRunIsMissingOrWhoseWordsAreGoneIsReported(@TempDir Path root) throws IOException {
        book(root, "Node 20 ends the process at an unhandled rejection.\n");
        claims(root, "|Here", "|Node 20 ends the process at an unhandled rejection", "|book run: no-such-run",
                "|Here", "|asyncio has a microtask queue", "|polyglot test: NoSuchTest.method",
                "|Here", "|Node 20 ends the process", "|it was said somewhere");
        assertThat(Claims.problems(root, Set.of("jvm-facts"))).containsExactly(
                "\"Node 20 ends the process at an unhandled rejection\" (Here): no book run is named no-such-run",
                "claims.adoc lists \"asyncio has a microtask queue\" (Here), which the book no longer says",
                "\"asyncio has a microtask queue\" (Here): no test class " + root.resolve(
                        "polyglot/src/test/java/workbook/polyglot/NoSuchTest.java"),
                "\"Node 20 ends the process\" (Here): \"it was said somewhere\" names no run (book run: NAME, polyglot "
                        + "test: Class.method, lesson test: module/Class, recorded: FILE, reference: SOURCE)");
    }

    @Test
    void aParagraphThatNamesARuntimeAndQuotesNoClaimIsReportedUnlessMarked(@TempDir Path root) throws IOException {
        book(root, """
                Python's asyncio has one ready queue.

                // no runtime claim: a title
                _Async in Python and JavaScript_, the talk.

                ----
                print("listings are code, not claims: asyncio")
                ----
                """);
        claims(root);
        assertThat(Claims.problems(root, Set.of())).singleElement().asString()
                .startsWith("docs/src/book/chapter.adoc: a paragraph names a runtime and quotes no sentence")
                .endsWith(": Python's asyncio has one ready queue.");
    }

    @Test
    void thePuzzlesSectionIsLeftToItsOwnTestUntilTheNextSection() {
        List<String> paragraphs = Claims.paragraphsNamingARuntime("""
                [[polyglot-puzzles]]
                === Event-loop puzzles

                Node prints these lines.

                [[puzzle-1]]
                ==== One puzzle

                Node prints these lines too.

                === After the puzzles

                Node is named here.
                """);
        assertThat(paragraphs).containsExactly("Node is named here.");
    }

    private static void book(Path root, String chapter) throws IOException {
        Files.createDirectories(root.resolve("docs/src/book"));
        Files.createDirectories(root.resolve("polyglot/src/book"));
        Files.writeString(root.resolve("docs/src/book/chapter.adoc"), chapter);
        Files.writeString(root.resolve("polyglot/src/book/polyglot.adoc"), "== The talk in three languages\n");
    }

    private static void claims(Path root, String... cells) throws IOException {
        List<String> lines = new java.util.ArrayList<>(List.of("|===", "|Where |The book says |Backed by"));
        lines.addAll(List.of(cells));
        lines.add("|===");
        Files.write(root.resolve("docs/src/book/claims.adoc"), lines);
    }
}
