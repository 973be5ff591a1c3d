// Mistake: drops join() for a thenCompose chain, so each greeting still starts only when the one before is done.
// Rejected with: "ran one after another"
package workbook.futures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import workbook.kit.Greeting;

public final class GreetingTasks {

    private GreetingTasks() {
    }

    public static CompletableFuture<List<String>> gather(AsyncGreeter greeter, List<Greeting> greetings) {
        CompletableFuture<List<String>> messages = CompletableFuture.completedFuture(new ArrayList<>());
        for (Greeting greeting : greetings) {
            messages = messages.thenCompose(sofar -> greeter.greetAfter(greeting).thenApply(message -> {
                sofar.add(message);
                return sofar;
            }));
        }
        return messages;
    }
}
