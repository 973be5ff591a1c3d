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
//SOURCES ../src/main/java/workbook/eventloop/server/Service.java
//SOURCES ../src/main/java/workbook/eventloop/server/BusyServer.java
//SOURCES ../src/main/java/workbook/eventloop/server/Peak.java
//SOURCES ../src/main/java/workbook/eventloop/server/Readiness.java
//SOURCES ../src/main/java/workbook/eventloop/server/ThreadPerConnectionServer.java
//SOURCES ../src/solution/java/workbook/eventloop/server/LoopServer.java
//SOURCES ../src/main/java/workbook/eventloop/server/AbstractLoopServer.java
//SOURCES ../src/main/java/workbook/eventloop/server/LoadGenerator.java
//SOURCES ../src/main/java/workbook/eventloop/server/ProcessPeaks.java
//SOURCES ../src/main/java/workbook/eventloop/server/ServerProcess.java
//SOURCES ../src/main/java/workbook/eventloop/server/ServerProvider.java
//SOURCES ../src/main/java/workbook/eventloop/server/JdkHttpServer.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/ChildJvm.java
//SOURCES ../src/main/java/workbook/eventloop/server/BusyServerComparison.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Timeline.java
//SOURCES ../src/main/java/workbook/eventloop/trace/*.java

// Starts one server on 127.0.0.1 and a free port, until Enter or STOP (or 10 min): loop, virtual, jdk_http or pool.
// smoke run: loop
// Then, in another terminal: ./jbang lesson-04-eventloop/jbang/Load.java PORT 5000

import workbook.eventloop.server.ServerProcess;

void main(String[] args) throws Exception {
    if (args.length == 0) {
        IO.println("usage: StartServer.java loop|virtual|jdk_http|pool [POOL_SIZE]; type STATS for its peaks, STOP (or Enter twice) to end");
        return;
    }
    ServerProcess.main(args);
}
