///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Greeting.java
//SOURCES ../src/main/java/workbook/futures/AsyncGreeter.java
//SOURCES ../src/main/java/workbook/futures/GatherDemo.java
//SOURCES ../src/solution/java/workbook/futures/GreetingTasks.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Timeline.java

// The talk's asyncio program: three greetings started as tasks, then gathered. Expect 3 s, not 6.

import workbook.futures.GatherDemo;
import workbook.kit.Greeting;
import workbook.kit.Timeline;

void main() {
    Timeline timeline = Timeline.startingNow();
    GatherDemo.run(Greeting.TALK, IO::println, timeline);
    IO.println("\nTook " + Timeline.seconds(timeline.total()) + ":\n" + timeline);
}
