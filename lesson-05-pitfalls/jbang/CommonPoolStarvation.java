///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//MAIN CommonPoolStarvation
//JAVA_OPTIONS -Djava.util.concurrent.ForkJoinPool.common.parallelism=1
//SOURCES ../src/main/java/workbook/pitfalls/CommonPoolStarvation.java
//SOURCES ../src/main/java/workbook/pitfalls/SlowNetwork.java
//SOURCES ../src/solution/java/workbook/pitfalls/Downloads.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Timeline.java

// Pitfall 5, the common pool of a 2-core machine (1 worker): four 1 s waits take 4 s; on virtual threads, 1 s.

void main() throws Exception {
    workbook.pitfalls.CommonPoolStarvation.run(IO::println); // qualified: this file's own class has the same name
}
