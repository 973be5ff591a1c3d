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
//DEPS io.netty:netty-transport:4.2.18.Final
//DEPS io.netty:netty-codec-base:4.2.18.Final
//SOURCES ../../frameworks/src/main/java/workbook/frameworks/NettyServer.java
//SOURCES ../../frameworks/src/main/java/workbook/frameworks/NettyProvider.java
//FILES META-INF/services/workbook.eventloop.server.ServerProvider=../../frameworks/src/main/resources/META-INF/services/workbook.eventloop.server.ServerProvider

// One busy server, five ways: 200 platform threads, a virtual thread each, the JDK's HTTP server on
// virtual threads, the event loop, Netty with one loop; each in a JVM of its own under a load of 10000
// clients on 127.0.0.1 (the pool gets 1000 and an estimate). Netty comes with JBang's //DEPS; run
// on the lessons' classes alone, the comparison leaves it out.
// smoke run: 5 2 2
// Other sizes: ./jbang lesson-04-eventloop/jbang/BusyServer.java CLIENTS POOL_CLIENTS POOL_SIZE

import workbook.eventloop.server.BusyServerComparison;

void main(String[] args) throws Exception {
    BusyServerComparison.main(args);
}
