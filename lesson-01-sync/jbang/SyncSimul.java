///usr/bin/env ./jbang "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/SimulRules.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Clock.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/SystemClock.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/VirtualClock.java
//SOURCES ../src/solution/java/workbook/sync/SyncChessSimul.java
//SOURCES ../../workbook-kit/src/main/java/workbook/kit/Timeline.java

// The synchronous chess simul on a virtual clock. Arguments (optional): boards, move pairs,
// the master's seconds per move, the opponents' seconds per move. Default: the talk's 24 30 5 55.

import java.time.Duration;
import workbook.kit.Timeline;
import workbook.kit.SimulRules;
import workbook.kit.VirtualClock;
import workbook.sync.SyncChessSimul;

void main(String[] args) {
    SimulRules rules = args.length == 4
            ? new SimulRules(Integer.parseInt(args[0]), Integer.parseInt(args[1]),
                    Duration.ofSeconds(Long.parseLong(args[2])), Duration.ofSeconds(Long.parseLong(args[3])))
            : SimulRules.TALK;
    VirtualClock clock = new VirtualClock();
    Timeline timeline = Timeline.on(clock::nanos);

    long realStart = System.nanoTime();
    Duration took = new SyncChessSimul(clock, timeline).play(rules);
    long realMillis = (System.nanoTime() - realStart) / 1_000_000;

    IO.println("%d boards, one after another, %d move pairs each (master %d s, opponent %d s)".formatted(
            rules.boards(), rules.movePairs(), rules.masterMove().toSeconds(), rules.opponentMove().toSeconds()));
    IO.println("each game: %d min; the whole simul: %d h %02d min of virtual time, simulated in %d ms".formatted(
            rules.game().toMinutes(), took.toHours(), took.toMinutesPart(), realMillis));
}
