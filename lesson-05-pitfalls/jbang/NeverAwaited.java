///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../src/main/java/workbook/pitfalls/NeverAwaited.java
//SOURCES ../src/main/java/workbook/pitfalls/FailureWatch.java
//SOURCES ../src/main/java/workbook/pitfalls/Mailer.java
//SOURCES ../src/main/java/workbook/pitfalls/WaitingOnTheLoop.java
//SOURCES ../src/main/java/workbook/pitfalls/EventLoop.java
//SOURCES ../src/main/java/workbook/pitfalls/LoopFuture.java
//SOURCES ../src/main/java/workbook/pitfalls/BlockingTheLoopException.java
//SOURCES ../src/solution/java/workbook/pitfalls/LoopGreeter.java
//SOURCES ../src/solution/java/workbook/pitfalls/Registration.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Timeline.java

// Pitfall 2, a future started and dropped (Python's unawaited task): its failure is lost; a watch reports it; the fix observes it.

void main() throws Exception {
    workbook.pitfalls.NeverAwaited.run(IO::println); // qualified: this file's own class has the same name
}
