///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
// Coroutines use the JDK's internal jdk.internal.vm.Continuation: it must be exported to compile and to run.
//JAVAC_OPTIONS --add-exports java.base/jdk.internal.vm=ALL-UNNAMED
//RUNTIME_OPTIONS --add-exports java.base/jdk.internal.vm=ALL-UNNAMED
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Clock.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/SystemClock.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/VirtualClock.java
//SOURCES ../src/main/java/workbook/eventloop/promise/*.java
//SOURCES ../src/main/java/workbook/eventloop/coroutine/*.java
//SOURCES ../src/main/java/workbook/eventloop/asyncio/*.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Greeting.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Timeline.java
//SOURCES ../src/main/java/workbook/eventloop/SimulTrace.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/SimulRules.java
//SOURCES ../src/main/java/workbook/eventloop/trace/*.java

// One loop, two rulebooks: five programs run under JavaScript's rules and under asyncio's, side by side.
// The same programs in JavaScript and Python are in polyglot/src/talk/two-runtimes: node and python3 print the same.

import java.util.List;
import workbook.eventloop.asyncio.TwoRulebooks;

void main() {
    for (String name : TwoRulebooks.names()) {
        TwoRulebooks.Runs runs = TwoRulebooks.run(name);
        IO.println("== " + name + ": " + TwoRulebooks.rule(name));
        IO.println("%-34s %s".formatted("JavaScript's rules (as node)", "asyncio's rules (as python3)"));
        for (int i = 0; i < Math.max(runs.javascript().size(), runs.asyncio().size()); i++) {
            IO.println("%-34s %s".formatted(line(runs.javascript(), i), line(runs.asyncio(), i)));
        }
        runs.asyncioReports().forEach(report -> IO.println("%-34s %s".formatted("", "(reported) " + report)));
        IO.println("");
    }
}

String line(List<String> lines, int i) {
    return i < lines.size() ? lines.get(i) : "";
}
