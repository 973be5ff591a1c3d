///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../src/main/java/workbook/pitfalls/BlockingTheLoop.java
//SOURCES ../src/main/java/workbook/pitfalls/EventLoop.java
//SOURCES ../src/main/java/workbook/pitfalls/LoopFuture.java
//SOURCES ../src/main/java/workbook/pitfalls/BlockingTheLoopException.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Primes.java
//SOURCES ../src/solution/java/workbook/pitfalls/PrimeSearch.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Timeline.java

// Pitfall 4, find_primes on the loop: a 100 ms timer waits for the search; on a worker it fires on time.

void main() throws Exception {
    workbook.pitfalls.BlockingTheLoop.run(IO::println); // qualified: this file's own class has the same name
}
