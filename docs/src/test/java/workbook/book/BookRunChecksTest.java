package workbook.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbook.kit.Timeline;

/** The checks that hold each book run to its claim: a contradicted claim must be reported. */
class BookRunChecksTest {

    private static BookRun.Outcome took(Duration duration) {
        return new BookRun.Outcome(duration, Timeline.startingNow());
    }

    @Test
    void aRunOutsideItsToleranceContradictsItsClaim() {
        BookRun.Check sixSeconds = BookRun.Check.tookBetween(BookRuns.seconds(5.8), BookRuns.seconds(7));

        assertThat(sixSeconds.contradiction(took(BookRuns.seconds(6.1)), List.of())).isEmpty();
        assertThat(sixSeconds.contradiction(took(BookRuns.seconds(3.0)), List.of()))
                .hasValue("it took 3.00 s, expected between 5.80 s and 7.00 s");
        assertThat(sixSeconds.contradiction(took(BookRuns.seconds(7.5)), List.of())).isPresent();
    }

    @Test
    void virtualTimeMustBeExact() {
        BookRun.Check twelveHours = BookRun.Check.tookExactly(Duration.ofHours(12));

        assertThat(twelveHours.contradiction(took(Duration.ofHours(12)), List.of())).isEmpty();
        assertThat(twelveHours.contradiction(took(Duration.ofHours(2)), List.of()))
                .hasValue("it took 2 h 00 min, expected exactly 12 h 00 min");
    }

    @Test
    void printedLinesMustComeInOrder() {
        BookRun.Check order = BookRun.Check.printedInOrder("^Hi$", "^JSConfEU$", "^there$");

        assertThat(order.contradiction(took(Duration.ZERO), List.of("Hi", "JSConfEU", "there"))).isEmpty();
        assertThat(order.contradiction(took(Duration.ZERO), List.of("Hi", "there", "JSConfEU")))
                .hasValueSatisfying(why -> assertThat(why).startsWith("no printed line matches /^there$/"));
    }

    @Test
    void theBooksOwnRunsAllHaveDistinctNamesAndClaims() {
        List<BookRun> runs = BookRuns.runs();
        assertThat(runs).extracting(BookRun::name).doesNotHaveDuplicates().allMatch(name -> name.matches("[a-z0-9-]+"));
        assertThat(runs).extracting(BookRun::claim).allMatch(claim -> !claim.isBlank());
    }
}
