// Mistake: returns at once by moving the joins into supplyAsync: another thread now sits blocked for 3 s.
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
        return CompletableFuture.supplyAsync(() -> tasks.stream().map(CompletableFuture::join).toList());
    }
}
