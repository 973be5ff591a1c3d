///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../src/main/java/workbook/threads/Account.java
//SOURCES ../src/main/java/workbook/threads/DeadlockDetector.java
//SOURCES ../src/main/java/workbook/threads/OppositeTransfers.java
//SOURCES ../src/exercise/java/workbook/threads/Bank.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Timeline.java

// A deadlock, as shipped in the exercise: Alice pays Bob while Bob pays Alice, each transfer
// locking the payer's account first. The JVM's ThreadMXBean finds the cycle and this program
// names it, then exits (the stuck threads are daemons). Once you have fixed
// src/exercise/java/workbook/threads/Bank.java, run this again: both transfers finish.

import java.time.Duration;
import workbook.threads.Bank;
import workbook.threads.OppositeTransfers;

void main() throws InterruptedException {
    OppositeTransfers.run(new Bank(), IO::println, Duration.ofSeconds(5));
}
