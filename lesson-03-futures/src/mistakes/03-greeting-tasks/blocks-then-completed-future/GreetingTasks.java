// Mistake: starts every greeting, joins them all inside gather, then returns completedFuture(...).
// Rejected with: "blocked its caller"
package workbook.futures;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import workbook.kit.Greeting;

public final class GreetingTasks {

    private GreetingTasks() {
    }

    public static CompletableFuture<List<String>> gather(AsyncGreeter greeter, List<Greeting> greetings) {
        List<CompletableFuture<String>> tasks = greetings.stream().map(greeter::greetAfter).toList();
        List<String> messages = tasks.stream().map(CompletableFuture::join).toList();
        return CompletableFuture.completedFuture(messages);
    }
}
