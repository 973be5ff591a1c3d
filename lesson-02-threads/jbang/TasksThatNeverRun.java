///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Greeting.java
//SOURCES ../src/main/java/workbook/threads/Greeter.java
//SOURCES ../src/main/java/workbook/threads/StarvedPool.java
//SOURCES ../src/exercise/java/workbook/threads/GroupGreeter.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Timeline.java

// Tasks that never run, as shipped in the exercise: two groups greeted on a pool of two workers,
// each worker waiting for greetings queued behind it. After 3 s this program shows who is stuck
// where, and gives up. Once you have fixed src/exercise/java/workbook/threads/GroupGreeter.java,
// run this again: all six are greeted in about 0.2 s.

import java.time.Duration;
import workbook.kit.Greeting;
import workbook.threads.StarvedPool;

void main() throws InterruptedException {
    StarvedPool.run(2, StarvedPool.GROUPS, Duration.ofSeconds(3), IO::println);
}
