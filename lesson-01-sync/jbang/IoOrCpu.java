///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Greeting.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Primes.java
//SOURCES ../src/main/java/workbook/sync/Workload.java
//SOURCES ../src/solution/java/workbook/sync/Greeter.java

// I/O-bound or CPU-bound? A greeting waits; a prime search computes. Compare CPU time with wall time.

import java.time.Duration;
import workbook.sync.Greeter;
import workbook.kit.Primes;
import workbook.sync.Workload;

void main() throws Exception {
    Greeter greeter = new Greeter(IO::println);
    IO.println(Workload.measure("greetAfter(1 s)", () -> greeter.greetAfter(Duration.ofSeconds(1), "Luciano Ramalho")));
    IO.println(Workload.measure("primes below 3 000 000", () -> IO.println(Primes.countBelow(3_000_000) + " primes")));
}
