package workbook.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.kit.Goal;
import workbook.kit.Timeline;

class BankTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final List<String> printed = new CopyOnWriteArrayList<>();

    @Test
    @Timeout(10) // the detector answers within PATIENCE; this is only the last resort
    @Goal(exercise = Bank.class, failsBecause = "the two transfers deadlocked")
    void oppositeTransfersBothFinish() throws InterruptedException {
        DeadlockDetector.Verdict verdict = OppositeTransfers.run(new Bank(), printed::add, PATIENCE);

        if (verdict instanceof DeadlockDetector.Deadlocked(Duration after, String report)) {
            throw new AssertionError("""
                    the two transfers deadlocked (found after %s), expected both to finish:
                    %s
                    Look at Bank.transfer: do both transfers take the two accounts' locks in the same order?"""
                    .formatted(Timeline.seconds(after), report));
        }
        assertThat(verdict).as("the two transfers, after %s: %s", Timeline.seconds(verdict.after()), verdict)
                .isInstanceOf(DeadlockDetector.Finished.class);
        assertThat(printed.getLast()).isEqualTo("Both transfers done in %s: Alice has 90, Bob has 110, together 200"
                .formatted(Timeline.seconds(verdict.after())));
    }

    @Test
    void aTransferMovesMoneyAndKeepsTheTotal() throws InterruptedException {
        Account alice = new Account(1, "Alice", 100);
        Account bob = new Account(2, "Bob", 100);

        new Bank().transfer(bob, alice, 40);

        assertThat(alice.balance()).isEqualTo(140);
        assertThat(bob.balance()).isEqualTo(60);
    }

    @Test
    void aTransferWithoutFundsIsRefusedAndMovesNothing() {
        Account alice = new Account(1, "Alice", 10);
        Account bob = new Account(2, "Bob", 0);

        assertThatIllegalStateException().isThrownBy(() -> new Bank().transfer(alice, bob, 50))
                .withMessageContaining("Alice's account (#1) holds 10");
        assertThat(alice.balance() + bob.balance()).isEqualTo(10);
    }

    @Test
    @Timeout(10)
    void theDetectorNamesTheThreadsAndLocksOfADeadlock() throws InterruptedException {
        Object left = named("the left fork");
        Object right = named("the right fork");
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        List<Thread> diners = List.of(
                takeBoth("diner 1", left, right, bothHoldOne),
                takeBoth("diner 2", right, left, bothHoldOne));

        DeadlockDetector.Verdict verdict = DeadlockDetector.watch(diners, PATIENCE, List.of(left, right));

        assertThat(verdict).isInstanceOf(DeadlockDetector.Deadlocked.class);
        assertThat(verdict.after()).isLessThan(PATIENCE);
        assertThat(((DeadlockDetector.Deadlocked) verdict).report()).contains(
                "\"diner 1\" holds the left fork and is BLOCKED waiting for the right fork, held by \"diner 2\"",
                "\"diner 2\" holds the right fork and is BLOCKED waiting for the left fork, held by \"diner 1\"");
    }

    @Test
    void theDetectorSeesThreadsFinish() throws InterruptedException {
        Thread quick = Thread.ofPlatform().start(() -> { });

        assertThat(DeadlockDetector.watch(List.of(quick), PATIENCE, List.of()))
                .isInstanceOf(DeadlockDetector.Finished.class);
    }

    /** Two threads each lock one object, wait until both hold one, then lock the other: a sure deadlock. */
    private static Thread takeBoth(String name, Object first, Object second, CountDownLatch bothHoldOne) {
        return Thread.ofPlatform().name(name).daemon().start(() -> {
            synchronized (first) {
                bothHoldOne.countDown();
                try {
                    bothHoldOne.await();
                } catch (InterruptedException stopped) {
                    return;
                }
                synchronized (second) {
                    bothHoldOne.countDown(); // never reached
                }
            }
        });
    }

    private static Object named(String name) {
        return new Object() {
            @Override
            public String toString() {
                return name;
            }
        };
    }
}
