///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../src/main/java/workbook/futures/ThreadTour.java

// Which thread runs each stage: the caller, the completer, the common pool, our own pool, a virtual thread.

import workbook.futures.ThreadTour;

void main() {
    ThreadTour.run(IO::println);
}
