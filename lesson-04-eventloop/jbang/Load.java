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

// N clients at once against 127.0.0.1:PORT, each sending one line and waiting for its answer.
// smoke run: 1 1 1
// ./jbang lesson-04-eventloop/jbang/Load.java PORT CLIENTS [LIMIT_SECONDS [line|http]]  (http for StartServer.java jdk_http)

import workbook.eventloop.server.LoadGenerator;

void main(String[] args) throws Exception {
    if (args.length < 2) {
        IO.println("usage: Load.java PORT CLIENTS [LIMIT_SECONDS [line|http]]  (start a server first: StartServer.java loop)");
        return;
    }
    LoadGenerator.Load load = LoadGenerator.run(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(),
            Integer.parseInt(args[0])),
            args.length > 3 ? workbook.eventloop.server.Service.Wire.valueOf(args[3].toUpperCase(java.util.Locale.ROOT))
                    : workbook.eventloop.server.Service.Wire.LINE,
            Integer.parseInt(args[1].replace("_", "")),
            java.time.Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 60), null);
    IO.println(String.format(java.util.Locale.ROOT, "%,d clients: %,d answered, %,d errors in %.2f s, %,.0f answers/s%s",
            load.connections(), load.answered(), load.errors(), load.wall().toNanos() / 1e9, load.throughput(),
            load.firstError() == null ? "" : "; first error: " + load.firstError()));
}
