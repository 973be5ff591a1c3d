///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
// StructuredTaskScope is a preview API in JDK 25: this one program compiles and runs with preview on.
//PREVIEW

// asyncio's TaskGroup once more, on the JDK's own structured concurrency: the group is a
// StructuredTaskScope, each task a virtual thread. The same program in Python is
// polyglot/src/talk/asyncio-puzzles/12-taskgroup-cancels-siblings.py; on asyncio's rules, AsyncioPuzzles.

import java.time.Duration;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

// tag::group[]
void main() throws InterruptedException {
    try (var group = StructuredTaskScope.open()) { // the first failure cancels the others
        Subtask<String> sibling = group.fork(() -> slow("sibling"));
        group.fork(() -> failsSoon());
        IO.println("body waits");
        group.join(); // throws the first failure, once every sibling has stopped
        IO.println("body finished: " + sibling.get());
    } catch (StructuredTaskScope.FailedException failed) {
        IO.println("the group failed: " + failed.getCause().getMessage());
    }
    IO.println("main goes on");
}

String failsSoon() throws InterruptedException {
    Thread.sleep(Duration.ofMillis(10));
    throw new IllegalArgumentException("first failure");
}

String slow(String name) {
    try {
        Thread.sleep(Duration.ofSeconds(1));
        IO.println(name + " finished");
        return name;
    } catch (InterruptedException cancelled) { // a cancelled subtask is interrupted where it blocks
        IO.println(name + " cancelled" + (Thread.currentThread().isVirtual() ? " (a virtual thread)" : ""));
        return name;
    }
}
// end::group[]
