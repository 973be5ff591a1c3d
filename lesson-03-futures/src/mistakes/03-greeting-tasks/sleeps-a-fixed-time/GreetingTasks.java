// Mistake: starts every greeting, then sleeps 3.5 s (the longest takes 3 s: a safe margin) instead of waiting for them.
// Rejected with: "after the last of the greetings had ended"
package workbook.futures;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import workbook.kit.Greeting;

public final class GreetingTasks {

    private GreetingTasks() {
    }

    public static CompletableFuture<List<String>> gather(AsyncGreeter greeter, List<Greeting> greetings) {
        List<CompletableFuture<String>> tasks = greetings.stream().map(greeter::greetAfter).toList();
        try {
            Thread.sleep(3500); // the longest greeting takes 3 s: by then all are done
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return CompletableFuture.completedFuture(tasks.stream().map(CompletableFuture::join).toList());
    }
}
