package workbook.futures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JsRuntimeTest {

    @Test
    void runWaitsForATimerSetWhileItWasLookingForWork() throws Exception {
        // The script sets its timer on the runtime's thread while run() checks, on this one, what is
        // left: many short scripts side by side make that moment likely. None may end before its timer.
        List<String> cutShort = new CopyOnWriteArrayList<>();
        try (ExecutorService scripts = Executors.newFixedThreadPool(8)) {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                runs.add(scripts.submit(() -> {
                    List<String> printed = new CopyOnWriteArrayList<>();
                    JsPrintOrder.run(Duration.ofMillis(10), printed::add);
                    return printed;
                }));
            }
            for (Future<List<String>> run : runs) {
                List<String> printed = run.get();
                if (printed.size() != 5) {
                    cutShort.add(printed.toString());
                }
            }
        }
        assertThat(cutShort).as("runs that returned before their timer had fired").isEmpty();
    }
}
