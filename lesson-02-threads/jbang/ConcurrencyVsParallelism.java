///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Primes.java
//SOURCES ../src/main/java/workbook/threads/SpeedupTable.java

// Concurrency is not parallelism. N tasks on N threads instead of one: prime searches speed up
// at most by the number of cores; waiting tasks speed up by N. The table is your machine's.

import java.time.Duration;
import java.util.List;
import workbook.threads.SpeedupTable;

void main() throws Exception {
    SpeedupTable.run(List.of(1, 2, 4, 8), 400_000, Duration.ofMillis(100), IO::println);
}
