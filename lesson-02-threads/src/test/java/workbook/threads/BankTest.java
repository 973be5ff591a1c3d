package workbook.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import static org.awaitility.Awaitility.await;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.kit.Goal;
import workbook.kit.Timeline;

/**
 * Judges 02-bank. The lock order is read off a transfer that the test holds at its first lock, so
 * a deadlock-to-be is found for certain, not only when two transfers happen to meet. Every test
 * uses accounts of its own and only waits: they run side by side.
 */
@Execution(ExecutionMode.CONCURRENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BankTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final List<String> printed = new CopyOnWriteArrayList<>();

    @Test
    @Order(2)
    @Timeout(20)
    @Goal(exercise = Bank.class, failsBecause = "opposite orders")
    void bothDirectionsLockTheTwoAccountsInTheSameOrder() throws InterruptedException {
        Account[] pair = new Account[2];
        boolean[] heldBoth = {true};
        Account.Steps steps = (step, account) -> heldBoth[0] &= !step.equals("deposit")
                || Thread.holdsLock(pair[0]) && Thread.holdsLock(pair[1]);
        Account alice = pair[0] = new Account(1, "Alice", 100, Duration.ZERO, steps);
        Account bob = pair[1] = new Account(2, "Bob", 100, Duration.ZERO, steps);

        Account aliceToBob = firstLockTaken(alice, bob);
        Account bobToAlice = firstLockTaken(bob, alice);

        if (aliceToBob != null && bobToAlice != null && heldBoth[0]) { // one lock only: the test above says so
            assertThat(aliceToBob).withFailMessage("""
                    Alice→Bob locked %s first, Bob→Alice locked %s first: two transfers between the same two \
                    accounts take the locks in opposite orders, so at the same moment each can hold one and wait \
                    for the other, forever. Look at Bank.transfer: which account does it lock first, and does \
                    that depend on the direction (or on anything that changes)?""", aliceToBob, bobToAlice)
                    .isSameAs(bobToAlice);
        }
    }

    @Test
    @Order(1)
    void aTransferHoldsBothAccountsWhileTheMoneyMoves() throws InterruptedException {
        List<String> unguarded = new CopyOnWriteArrayList<>();
        Account[] pair = new Account[2];
        Account.Steps steps = (step, account) -> {
            Account from = pair[0];
            Account to = pair[1];
            List<Account> needed = step.equals("checkFunds") ? List.of(from) : List.of(from, to);
            needed.stream().filter(lock -> !Thread.holdsLock(lock)).forEach(lock ->
                    unguarded.add("%s on %s without holding the lock of %s".formatted(step, account, lock)));
        };
        Account alice = new Account(1, "Alice", 100, Duration.ZERO, steps);
        Account bob = new Account(2, "Bob", 100, Duration.ZERO, steps);
        Account carol = new Account(3, "Carol", 100, Duration.ZERO, steps);

        pair[0] = alice;
        pair[1] = bob;
        new Bank().transfer(alice, bob, 30);
        pair[0] = carol; // the higher number pays this time
        new Bank().transfer(carol, bob, 10);

        assertThat(unguarded).withFailMessage("""
                Bank.transfer did %s. While the money moves, another thread that locks those accounts must \
                not see it gone from one and not yet in the other, and between the check and the withdrawal \
                nobody may spend the same money: the funds are checked under the payer's lock, the money moved \
                under both. Look at which code of Bank.transfer runs inside which synchronized block.""",
                String.join("; ", unguarded.stream().distinct().toList())).isEmpty();
        assertThat(List.of(alice.balance(), bob.balance(), carol.balance())).containsExactly(70L, 140L, 90L);
    }

    @Test
    @Order(3)
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
    @Order(5)
    @Timeout(30) // twelve transfers, each read at its first lock: seconds on a busy machine
    @Goal(exercise = Bank.class, failsBecause = "one order for all accounts")
    void everyPairOfAccountsIsLockedInOneOrderForAllAccounts() throws InterruptedException {
        // numbers, owners and the order of the list follow no common order: two Zoes, names against numbers
        List<Account> accounts = List.of(
                new Account(7, "Zoe", 100, Duration.ZERO, (step, account) -> { }),
                new Account(3, "Adam", 100, Duration.ZERO, (step, account) -> { }),
                new Account(12, "Zoe", 100, Duration.ZERO, (step, account) -> { }),
                new Account(5, "Mia", 100, Duration.ZERO, (step, account) -> { }));
        Map<Account, Integer> lockedBefore = new HashMap<>(); // how many other accounts each one is locked before
        boolean everyPairRead = true;
        for (int i = 0; i < accounts.size(); i++) {
            for (int j = i + 1; j < accounts.size(); j++) {
                Account a = accounts.get(i);
                Account b = accounts.get(j);
                Account there = firstLockTaken(a, b);
                Account back = firstLockTaken(b, a);
                if (there == null || back == null) {
                    everyPairRead = false;
                    continue; // took no account's lock, or not with synchronized: the other tests say so
                }
                if (there != back) {
                    throw new AssertionError(unordered("%s→%s locked %s first, %s→%s locked %s first%s: opposite orders"
                            .formatted(label(a), label(b), there, label(b), label(a), back,
                                    a.owner().equals(b.owner()) ? " (two accounts of the same owner)" : ""), accounts));
                }
                lockedBefore.merge(there, 1, Integer::sum);
            }
        }
        // a total order ranks n accounts 0 to n - 1; a cycle (a before b, b before c, c before a) leaves two alike
        if (everyPairRead && (lockedBefore.values().stream().distinct().count() < lockedBefore.size()
                || lockedBefore.size() < accounts.size() - 1)) {
            throw new AssertionError(unordered("the first locks taken go round in a cycle (locked before how many others: %s)"
                    .formatted(lockedBefore), accounts));
        }
    }

    private static String label(Account account) {
        return account.owner() + " #" + account.number();
    }

    private static String unordered(String found, List<Account> accounts) {
        return """
                transfers between %s: %s. For no two transfers ever to wait for each other, every pair of accounts \
                must be locked in one order for all accounts of the bank: the same in both directions, and without \
                a cycle (a before b, b before c, c before a deadlocks three transfers). Look at what Bank.transfer \
                ranks two accounts by, and whether that ranks any two accounts of a bank.""".formatted(accounts, found);
    }

    @Test
    @Order(4)
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

    /**
     * Starts {@code from}→{@code to} while this thread holds both accounts' locks, and returns the
     * account whose lock the transfer then waits for: the one it takes first. Null if it took no
     * account's lock (another test says so) or waits on something else.
     */
    private static Account firstLockTaken(Account from, Account to) throws InterruptedException {
        Thread transfer;
        LockInfo waitingFor = null;
        synchronized (from) {
            synchronized (to) {
                transfer = Thread.ofPlatform().name("transfer " + from.owner() + "→" + to.owner()).daemon().start(() -> {
                    try {
                        new Bank().transfer(from, to, 10);
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                    }
                });
                try {
                    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(2))
                            .until(() -> transfer.getState() == Thread.State.BLOCKED || !transfer.isAlive());
                    if (transfer.isAlive()) {
                        waitingFor = ManagementFactory.getThreadMXBean().getThreadInfo(transfer.threadId()).getLockInfo();
                    }
                } catch (ConditionTimeoutException neither) {
                    waitingFor = null; // waits some other way (a j.u.c. lock): its order cannot be read here
                }
            }
        }
        transfer.join(PATIENCE);
        for (Account account : List.of(from, to)) {
            if (waitingFor != null && waitingFor.getIdentityHashCode() == System.identityHashCode(account)) {
                return account;
            }
        }
        return null;
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
