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
//SOURCES ../src/main/java/workbook/eventloop/SlowCallbackDemo.java
//SOURCES ../src/main/java/workbook/eventloop/trace/*.java

// The talk's find_primes on the loop: the only thread computes, a 50 ms timer waits, and the loop names the culprit.

import workbook.eventloop.SlowCallbackDemo;

void main() {
    SlowCallbackDemo.run(2_000_000, IO::println);
}
