///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Greeting.java
//SOURCES ../src/main/java/workbook/threads/Greeter.java
//SOURCES ../src/main/java/workbook/threads/ConcurrentGreetings.java
//SOURCES ../src/solution/java/workbook/threads/ConcurrentGreeter.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Timeline.java

// The talk's threading program: the 3 s, 2 s and 1 s greetings at once. Expect 3 s, not 6, and
// Luciano (1 s) first; done three ways: platform threads, an executor, virtual threads.

import workbook.kit.Timeline;
import workbook.threads.ConcurrentGreetings;
import workbook.kit.Greeting;

void main() throws Exception {
    for (ConcurrentGreetings.Style style : ConcurrentGreetings.Style.values()) {
        IO.println("--- on " + style);
        Timeline timeline = Timeline.startingNow();
        ConcurrentGreetings.run(style, Greeting.TALK, IO::println, timeline);
        IO.println("Took " + Timeline.seconds(timeline.total()) + ":\n" + timeline);
    }
}
