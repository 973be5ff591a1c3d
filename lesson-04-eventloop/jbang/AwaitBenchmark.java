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

// Step 5: async/await as coroutines on the loop thread. The talk's say_hello / print_warmup, with its 4 s wait.
// smoke run: coroutines 10000

// N coroutines each awaiting a 1 s sleep, gathered with Promise.all (or N virtual threads each
// sleeping 1 s): ./jbang lesson-04-eventloop/jbang/AwaitBenchmark.java coroutines 1000000
// lesson-04-eventloop/benchmark/run.sh runs it beside CPython and Node, with peak memory.

void main(String[] args) throws InterruptedException {
    workbook.eventloop.coroutine.CoroutineBenchmark.main(args);
}
