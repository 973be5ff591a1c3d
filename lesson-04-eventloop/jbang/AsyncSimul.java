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
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/SimulRules.java
//SOURCES ../src/main/java/workbook/eventloop/SimulTrace.java
//SOURCES ../src/solution/java/workbook/eventloop/AsyncChessSimul.java
//SOURCES ../src/main/java/workbook/eventloop/AsyncSimulDemo.java
//SOURCES ../src/main/java/workbook/eventloop/trace/*.java

// The asynchronous chess simul on a virtual clock: 24 boards, 30 move pairs, 5 s and 55 s a move: 1 h.
// Other rules: ./jbang lesson-04-eventloop/jbang/AsyncSimul.java BOARDS MOVE_PAIRS MASTER_SECONDS OPPONENT_SECONDS

import workbook.eventloop.AsyncSimulDemo;
import workbook.kit.SimulRules;

void main(String[] args) {
    SimulRules rules = args.length == 4
            ? new SimulRules(Integer.parseInt(args[0]), Integer.parseInt(args[1]),
                    Duration.ofSeconds(Long.parseLong(args[2])), Duration.ofSeconds(Long.parseLong(args[3])))
            : SimulRules.TALK;
    AsyncSimulDemo.run(rules, IO::println);
}
