///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../src/main/java/workbook/pitfalls/ForgottenExecutor.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/ChildJvm.java
//SOURCES ../src/solution/java/workbook/pitfalls/Announcer.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Timeline.java

// Pitfall 6, an executor nobody shuts down: the JVM outlives main; closed, it exits. Each program runs in a JVM of its own.

void main() throws Exception {
    workbook.pitfalls.ForgottenExecutor.run(IO::println); // qualified: this file's own class has the same name
}
