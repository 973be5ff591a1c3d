///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../src/main/java/workbook/futures/JsRuntime.java
//SOURCES ../src/main/java/workbook/futures/JsPrintOrder.java
//SOURCES ../src/solution/java/workbook/futures/SayHello.java

// The talk's JavaScript: say_hello() awaits a 4 s wait() promise, print_warmup() does not wait.
// Node prints Hello, Hello, Pythonistas, Thanks for waiting, World; so does this.

import java.util.Locale;
import workbook.futures.JsPrintOrder;

void main() {
    long start = System.nanoTime();
    JsPrintOrder.run(JsPrintOrder.TALK_WAIT, line -> IO.println(
            String.format(Locale.ROOT, "%5.2f s  %s", (System.nanoTime() - start) / 1e9, line)));
}
