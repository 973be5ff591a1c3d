// Mistake: waits with anyOf instead of allOf, then joins the others inside the callback (which blocks a thread).
// Rejected with: "sat waiting for the greetings"
package workbook.futures;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import workbook.kit.Greeting;

public final class GreetingTasks {

    private GreetingTasks() {
    }

    public static CompletableFuture<List<String>> gather(AsyncGreeter greeter, List<Greeting> greetings) {
        List<CompletableFuture<String>> tasks = greetings.stream().map(greeter::greetAfter).toList();
        return CompletableFuture.anyOf(tasks.toArray(CompletableFuture[]::new))
                .thenApply(first -> tasks.stream().map(CompletableFuture::join).toList());
    }
}
