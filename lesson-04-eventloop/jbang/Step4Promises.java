///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
// Coroutines use the JDK's internal jdk.internal.vm.Continuation: it must be exported to compile and to run.
//JAVAC_OPTIONS --add-exports java.base/jdk.internal.vm=ALL-UNNAMED
//RUNTIME_OPTIONS --add-exports java.base/jdk.internal.vm=ALL-UNNAMED
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Clock.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/SystemClock.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/VirtualClock.java
//SOURCES ../src/main/java/workbook/eventloop/promise/*.java
//SOURCES ../src/main/java/workbook/eventloop/coroutine/*.java
//SOURCES ../src/main/java/workbook/eventloop/SimulTrace.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Greeting.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/SimulRules.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Timeline.java

// Step 4: a promise to the letter of JavaScript. Three reactions on a pending promise, a rejection
// through then(), and the same three reactions on a CompletableFuture, which runs them the other way round.

import java.util.concurrent.CompletableFuture;
import workbook.eventloop.promise.Promise;
import workbook.eventloop.promise.PromiseLoop;

static Void log(String line) {
    IO.println(line);
    return null; // console.log returns undefined
}

void main() {
    PromiseLoop.run(loop -> {
        Promise.WithResolvers<String> door = Promise.withResolvers();
        door.promise().then(v -> log("promise reaction 1"));
        door.promise().then(v -> log("promise reaction 2"));
        door.promise().then(v -> log("promise reaction 3"));
        Promise.reject(new IllegalStateException("no luck"))
                .then(v -> log("never"))
                .catchError(error -> log("caught one hop later: " + error.getMessage()));
        Promise.resolve().then(v -> log("tick 1")).then(v -> log("tick 2"));
        loop.setTimeout(java.time.Duration.ofMillis(10), () -> door.resolve().resolve("open"));
        log("script done: nothing has run yet");
    });
    CompletableFuture<String> future = new CompletableFuture<>();
    future.thenRun(() -> log("future dependent 1"));
    future.thenRun(() -> log("future dependent 2"));
    future.thenRun(() -> log("future dependent 3"));
    future.complete("open"); // runs them here, inside complete(), last registered first
}
