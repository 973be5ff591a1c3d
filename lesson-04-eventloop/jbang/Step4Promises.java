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

// Step 4: a promise to the letter of JavaScript. Three reactions on a pending promise, a rejection
// through then(), and the same three reactions on a CompletableFuture, which runs them the other way round.

import workbook.eventloop.promise.PromiseVersusFuture;

void main() {
    PromiseVersusFuture.run(IO::println);
}
