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
//SOURCES ../src/main/java/workbook/eventloop/TimerBenchmark.java
//SOURCES ../src/main/java/workbook/eventloop/trace/*.java

// A million concurrent 1 s timers: this loop, ScheduledThreadPoolExecutor, virtual threads, Node, CPython.
// smoke run: 20000
// Fewer timers: ./jbang lesson-04-eventloop/jbang/MillionTimers.java 100000

import workbook.eventloop.TimerBenchmark;

void main(String[] args) throws Exception {
    TimerBenchmark.main(args);
}
