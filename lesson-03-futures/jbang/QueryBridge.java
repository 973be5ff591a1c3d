///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../src/main/java/workbook/futures/CallbackConnection.java
//SOURCES ../src/main/java/workbook/futures/QueryException.java
//SOURCES ../src/main/java/workbook/futures/SimulatedDatabase.java
//SOURCES ../src/main/java/workbook/futures/Causes.java
//SOURCES ../src/main/java/workbook/futures/BridgeDemo.java
//SOURCES ../src/solution/java/workbook/futures/FutureConnection.java

// The talk's "await connection.execute(query)": a callback-style database driver, bridged to futures.

import workbook.futures.BridgeDemo;

void main() {
    BridgeDemo.run(IO::println);
}
