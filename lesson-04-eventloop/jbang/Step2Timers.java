///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Clock.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/SystemClock.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/VirtualClock.java
//SOURCES ../src/main/java/workbook/eventloop/Timer.java
//SOURCES ../src/main/java/workbook/eventloop/SlowCallback.java
//SOURCES ../src/solution/java/workbook/eventloop/TimerQueue.java
//SOURCES ../src/solution/java/workbook/eventloop/EventLoop.java
//SOURCES ../src/main/java/workbook/eventloop/AbstractEventLoop.java
//SOURCES ../src/main/java/workbook/eventloop/TimerLists.java
//SOURCES ../src/main/java/workbook/eventloop/HiJSConfEU.java
//SOURCES ../src/main/java/workbook/eventloop/trace/*.java

// Step 2: timers. "Hi" and "JSConfEU" at once, "there" when the 5 s timer is due; then the same on a virtual clock.

import workbook.kit.Clock;
import workbook.eventloop.HiJSConfEU;
import workbook.kit.VirtualClock;

void main() {
    IO.println("On the system clock:");
    HiJSConfEU.run(Clock.system(), HiJSConfEU.TALK_DELAY, stamped(Clock.system()));
    IO.println("On a virtual clock:");
    VirtualClock virtual = new VirtualClock();
    long start = System.nanoTime();
    HiJSConfEU.run(virtual, HiJSConfEU.TALK_DELAY, stamped(virtual));
    IO.println("(%.1f ms of real time)".formatted((System.nanoTime() - start) / 1e6));
}

Consumer<String> stamped(Clock clock) {
    long origin = clock.nanos();
    return line -> IO.println("  %5.2f s  %s".formatted((clock.nanos() - origin) / 1e9, line));
}
