package workbook.futures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import workbook.futures.ThreadTour.Hop;
import workbook.futures.ThreadTour.Kind;

class ThreadTourTest {

    // Every claim here holds whatever the number of cores: only the pool's size depends on it, not which pool runs a stage.
    @Test
    void eachStageRunsWhereTheLessonSays() {
        List<String> printed = new CopyOnWriteArrayList<>();
        List<Hop> hops = ThreadTour.run(printed::add);

        assertThat(hops).extracting(Hop::kind).as("%s", String.join("\n", printed)).containsExactly(
                Kind.CALLER,      // thenApply on a done future: runs right away, on the caller
                Kind.COMPLETER,   // thenApply attached earlier: runs on the thread that completes the future
                Kind.COMMON_POOL, // thenApplyAsync with no executor: the common ForkJoinPool
                Kind.OWN_POOL,    // thenApplyAsync(fn, executor): that executor's thread
                Kind.VIRTUAL);    // supplyAsync on a virtual-thread executor
        assertThat(hops.get(2).thread()).startsWith("ForkJoinPool.commonPool-worker-");
        assertThat(hops.get(3).thread()).startsWith("own-pool-");
        assertThat(printed).hasSize(5);
    }

    @Test
    void threadsAreClassifiedByWhatTheyAre() throws Exception {
        Thread caller = Thread.currentThread();
        assertThat(ThreadTour.kindOf(caller, caller)).isEqualTo(Kind.CALLER);
        Thread virtual = Thread.ofVirtual().unstarted(() -> { });
        assertThat(ThreadTour.kindOf(virtual, caller)).isEqualTo(Kind.VIRTUAL);
        assertThat(ThreadTour.kindOf(Thread.ofPlatform().name("somebody").unstarted(() -> { }), caller))
                .isEqualTo(Kind.OTHER);
    }
}
