package workbook.eventloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RunQueueTest {

    @Test
    void callbacksTakeTurnsOnOneThreadAndTheLoopStopsWhenTheQueueIsEmpty() {
        List<String> printed = new ArrayList<>();

        RunQueueDemo.run(List.of("Guido", "Sebastián", "Luciano"), printed::add);

        assertThat(printed).containsExactly(
                "main: queueing 3 greetings",
                "main: done, the loop takes over",
                "Hello Guido", "Hello Sebastián", "Hello Luciano",
                "  ...and goodbye Guido", "  ...and goodbye Sebastián", "  ...and goodbye Luciano",
                "queue empty: the loop has stopped");
    }

    @Test
    void everyCallbackRunsOnTheThreadThatCalledRun() {
        List<Thread> threads = new ArrayList<>();
        RunQueue.run(queue -> {
            threads.add(Thread.currentThread());
            queue.submit(() -> threads.add(Thread.currentThread()));
        });
        assertThat(threads).containsOnly(Thread.currentThread()).hasSize(2);
    }

    @Test
    void anotherThreadCannotSubmit() {
        RunQueue.run(queue -> {
            CompletableFuture<Void> fromElsewhere = CompletableFuture.runAsync(() -> queue.submit(() -> { }));
            assertThatThrownBy(fromElsewhere::join)
                    .hasCauseInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("single-threaded");
        });
    }
}
