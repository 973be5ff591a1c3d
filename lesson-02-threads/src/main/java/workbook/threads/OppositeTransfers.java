package workbook.threads;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import workbook.kit.Timeline;

/** The deadlock: Alice pays Bob while Bob pays Alice, on two threads, through one {@link Bank}. */
public final class OppositeTransfers {

    private OppositeTransfers() {
    }

    // tag::run[]
    /** Runs both transfers on fresh accounts and reports within {@code patience}, deadlock or not. */
    public static DeadlockDetector.Verdict run(Bank bank, Consumer<String> out, Duration patience)
            throws InterruptedException {
        Account alice = new Account(1, "Alice", 100); // fresh locks every run: an old deadlock stays out of the way
        Account bob = new Account(2, "Bob", 100);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> transfers = List.of(
                transfer(bank, alice, bob, 30, go, out),
                transfer(bank, bob, alice, 20, go, out));
        out.accept("Alice pays Bob 30 while Bob pays Alice 20...");
        go.countDown();
        DeadlockDetector.Verdict verdict = DeadlockDetector.watch(transfers, patience, List.of(alice, bob));
        switch (verdict) {
            case DeadlockDetector.Finished done -> out.accept("Both transfers done in " + Timeline.seconds(done.after())
                    + ": Alice has " + alice.balance() + ", Bob has " + bob.balance()
                    + ", together " + (alice.balance() + bob.balance()));
            case DeadlockDetector.Deadlocked stuck -> out.accept("Deadlock found after "
                    + Timeline.seconds(stuck.after()) + ", and it will never end:\n" + stuck.report());
            case DeadlockDetector.StillRunning slow -> out.accept("Still running after "
                    + Timeline.seconds(slow.after()) + ":\n" + slow.report());
        }
        return verdict;
    }
    // end::run[]

    private static Thread transfer(Bank bank, Account from, Account to, long amount, CountDownLatch go,
            Consumer<String> out) {
        // daemon: a deadlocked thread can never be stopped, and must not keep the JVM alive
        return Thread.ofPlatform().name("transfer " + from.owner() + "→" + to.owner()).daemon().start(() -> {
            try {
                go.await();
                bank.transfer(from, to, amount);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException refused) {
                out.accept("Transfer refused: " + refused.getMessage());
            }
        });
    }
}
