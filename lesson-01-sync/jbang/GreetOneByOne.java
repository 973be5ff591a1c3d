///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Greeting.java
//SOURCES ../src/main/java/workbook/sync/SequentialGreetings.java
//SOURCES ../src/solution/java/workbook/sync/Greeter.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Timeline.java

// The talk's first program: three greetings, one after another. Expect 3 + 2 + 1 = 6 s.

import workbook.kit.Timeline;
import workbook.sync.Greeter;
import workbook.kit.Greeting;
import workbook.sync.SequentialGreetings;

void main() throws InterruptedException {
    Timeline timeline = Timeline.startingNow();
    SequentialGreetings.run(Greeting.TALK, new Greeter(IO::println), IO::println, timeline);
    IO.println("\nTook " + Timeline.seconds(timeline.total()) + ":\n" + timeline);
}
