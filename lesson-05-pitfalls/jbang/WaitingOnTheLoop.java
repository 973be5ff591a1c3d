///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../src/main/java/workbook/pitfalls/WaitingOnTheLoop.java
//SOURCES ../src/main/java/workbook/pitfalls/EventLoop.java
//SOURCES ../src/main/java/workbook/pitfalls/LoopFuture.java
//SOURCES ../src/main/java/workbook/pitfalls/BlockingTheLoopException.java
//SOURCES ../src/solution/java/workbook/pitfalls/LoopGreeter.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Timeline.java

// Pitfall 1, await outside async: a task on the event loop waits for the loop, then the fix chains instead.

void main() throws Exception {
    workbook.pitfalls.WaitingOnTheLoop.run(IO::println); // qualified: this file's own class has the same name
}
