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
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Greeting.java
//SOURCES ../src/main/java/workbook/eventloop/SimulTrace.java
//SOURCES ../src/main/java/workbook/eventloop/LoopGreetings.java
//SOURCES ../src/main/java/workbook/eventloop/trace/*.java

// The talk's asyncio greetings (3 s, 2 s, 1 s, gathered) on the hand-built loop: one thread, 3 s.

import workbook.kit.Clock;
import workbook.kit.Greeting;
import workbook.eventloop.LoopGreetings;

void main() {
    LoopGreetings.run(Clock.system(), Greeting.TALK, IO::println);
}
