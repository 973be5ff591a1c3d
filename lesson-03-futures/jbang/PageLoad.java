///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../src/main/java/workbook/futures/Profile.java
//SOURCES ../src/main/java/workbook/futures/Page.java
//SOURCES ../src/main/java/workbook/futures/Backend.java
//SOURCES ../src/main/java/workbook/futures/BackendException.java
//SOURCES ../src/main/java/workbook/futures/SlowBackend.java
//SOURCES ../src/main/java/workbook/futures/Causes.java
//SOURCES ../src/main/java/workbook/futures/PageDemo.java
//SOURCES ../src/solution/java/workbook/futures/PageLoader.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Timeline.java

// The talk's get_profile, grown into a page: a session lookup (0.5 s), then profile, friends and
// posts (1 s each) at the same time. Expect about 1.5 s, not 3.5; then the posts service goes down.

import workbook.futures.PageDemo;
import workbook.kit.Timeline;

void main() {
    Timeline timeline = Timeline.startingNow();
    PageDemo.run(IO::println, timeline);
    IO.println("\nThe first page, call by call:\n" + timeline);
}
