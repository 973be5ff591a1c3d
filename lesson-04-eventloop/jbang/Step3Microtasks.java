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
//SOURCES ../src/main/java/workbook/eventloop/SayHello.java
//SOURCES ../src/main/java/workbook/eventloop/trace/*.java

// Step 3: microtasks and async functions. The talk's say_hello / print_warmup, with its 4 s wait.

import workbook.kit.Clock;
import workbook.eventloop.SayHello;

void main() {
    long origin = System.nanoTime();
    SayHello.run(Clock.system(), SayHello.TALK_WAIT,
            line -> IO.println("%5.2f s  %s".formatted((System.nanoTime() - origin) / 1e9, line)));
}
