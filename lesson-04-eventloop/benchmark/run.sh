#!/usr/bin/env bash
# The step 5 benchmark: N sleepers of 1 s on the loop's coroutines, CPython's asyncio, Node, and
# JDK virtual threads, with wall time and peak RSS (GNU time). Run after a build of lesson 04:
# ./mvnw -q -pl lesson-04-eventloop compile -Psolution && lesson-04-eventloop/benchmark/run.sh
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$here/../.."
. "$root/scripts/find-jdk.sh"
java="$(find_jdk 25)/bin/java"
classes="$root/lesson-04-eventloop/target/classes"
measure() { /usr/bin/time -f "   %e s wall, %M KB peak RSS" "$@" 2>&1; }
for n in ${SIZES:-10000 100000 1000000}; do
  measure "$java" --add-exports java.base/jdk.internal.vm=ALL-UNNAMED -cp "$classes" workbook.eventloop.coroutine.CoroutineBenchmark coroutines "$n"
  measure "$java" -cp "$classes" workbook.eventloop.coroutine.CoroutineBenchmark virtual-threads "$n"
  measure python3 "$here/sleepers.py" "$n"
  measure node "$here/sleepers.js" "$n"
done
