///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../src/main/java/workbook/pitfalls/WritingBlockingCode.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Greeting.java
//SOURCES ../src/main/java/workbook/pitfalls/AsyncGreeter.java
//SOURCES ../src/solution/java/workbook/pitfalls/Greetings.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Timeline.java

// Pitfall 3, writing blocking code: 10, 2 and 3 s awaited one by one take 15 s; gathered, 10 s.
// smoke: runs long, first printing: The mistake: awaiting one greeting after another

void main() throws Exception {
    workbook.pitfalls.WritingBlockingCode.run(IO::println); // qualified: this file's own class has the same name
}
