///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../src/main/java/workbook/threads/WaitingAtScale.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Timeline.java

// 10 000 tasks that each wait 1 s. On virtual threads: about 1 s. On a pool of 100 platform
// threads they wait 100 at a time; 500 of them show the pace (about 5 s), and the full
// 10 000 are extrapolated (about 100 s) rather than waited for.

import java.time.Duration;
import workbook.threads.WaitingAtScale;

void main() {
    WaitingAtScale.run(10_000, 100, 500, Duration.ofSeconds(1), IO::println);
}
