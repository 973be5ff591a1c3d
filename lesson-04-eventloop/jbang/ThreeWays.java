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
//SOURCES ../src/main/java/workbook/eventloop/trace/*.java

// Virtual threads are these coroutines plus a scheduler: the talk's greetings three ways, one timeline each.

import workbook.kit.Greeting;
import workbook.kit.Timeline;

void main() throws InterruptedException {
    System.setProperty("jdk.virtualThreadScheduler.parallelism", "1"); // one carrier: it must be free while they sleep
    IO.println("Coroutines on the loop (async/await):");
    print(workbook.eventloop.coroutine.ThreeWays.coroutines(Greeting.TALK, line -> IO.println("  " + line)));
    IO.println("Virtual threads (Thread.sleep):");
    print(workbook.eventloop.coroutine.ThreeWays.virtualThreads(Greeting.TALK, line -> IO.println("  " + line)));
    IO.println("The CompletableFuture chain (delayedExecutor):");
    print(workbook.eventloop.coroutine.ThreeWays.futures(Greeting.TALK, line -> IO.println("  " + line)));
}

void print(Timeline timeline) {
    IO.println(timeline.toString().indent(2) + "  total " + Timeline.seconds(timeline.total()));
}
