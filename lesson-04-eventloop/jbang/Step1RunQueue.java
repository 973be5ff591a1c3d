///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../src/main/java/workbook/eventloop/RunQueue.java
//SOURCES ../src/main/java/workbook/eventloop/RunQueueDemo.java

// Step 1: a queue of callbacks and one thread. Three greetings take turns; the loop stops when the queue is empty.

import workbook.eventloop.RunQueueDemo;

void main() {
    RunQueueDemo.run(List.of("Guido van Rossum", "Sebastián Ramírez", "Luciano Ramalho"), IO::println);
}
