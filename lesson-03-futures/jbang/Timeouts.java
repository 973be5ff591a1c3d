///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../src/main/java/workbook/futures/Causes.java
//SOURCES ../src/main/java/workbook/futures/Cancellation.java
//SOURCES ../src/main/java/workbook/futures/Deadlines.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Timeline.java

// A step that never answers, bounded by orTimeout and completeOnTimeout; then what cancel(true) stops.

import workbook.futures.Deadlines;

void main() {
    Deadlines.run(IO::println);
}
