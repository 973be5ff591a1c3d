///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../src/main/java/workbook/pitfalls/SwallowedInterrupt.java
//SOURCES ../src/solution/java/workbook/pitfalls/Heartbeat.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Timeline.java

// Pitfall 7, a swallowed interrupt: the task outlives its cancellation; the fix stops at once.

void main() throws Exception {
    workbook.pitfalls.SwallowedInterrupt.run(IO::println); // qualified: this file's own class has the same name
}
