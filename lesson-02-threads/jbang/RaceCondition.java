///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../src/main/java/workbook/threads/LostUpdates.java
//SOURCES ../src/main/java/workbook/threads/RaceWindow.java
//SOURCES ../src/exercise/java/workbook/threads/HitCounter.java

// A race condition, as shipped in the exercise: four threads count 25 hits each on one counter
// whose read-modify-write is not atomic. Expect far fewer than 100. Once you have fixed
// src/exercise/java/workbook/threads/HitCounter.java, run this again: expect exactly 100.

import workbook.threads.HitCounter;
import workbook.threads.LostUpdates;

void main() throws InterruptedException {
    for (int run = 1; run <= 5; run++) {
        String label = "Run " + run + ": ";
        LostUpdates.run(new HitCounter(), 4, 25, line -> IO.println(label + line));
    }
}
