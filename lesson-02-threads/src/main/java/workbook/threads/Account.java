package workbook.threads;

import java.time.Duration;

/**
 * A bank account. It has no lock of its own making: a {@link Bank} locks the account object
 * itself ({@code synchronized (account)}) while it moves money.
 */
public final class Account {

    /**
     * How long the bank takes to check funds. Long on purpose: a transfer holds its first lock
     * this long, so two opposite transfers always meet in the middle.
     */
    static final Duration FUNDS_CHECK = Duration.ofMillis(200);

    private final int number;
    private final String owner;
    private long balance;

    public Account(int number, String owner, long balance) {
        this.number = number;
        this.owner = owner;
        this.balance = balance;
    }

    /** Unique in a bank: the order in which locks can be taken. */
    public int number() {
        return number;
    }

    public String owner() {
        return owner;
    }

    public long balance() {
        return balance;
    }

    /** A slow check with the bank, done while holding the lock of the account the money leaves. */
    public void checkFunds(long amount) throws InterruptedException {
        Thread.sleep(FUNDS_CHECK);
        if (balance < amount) {
            throw new IllegalStateException(this + " holds " + balance + ", cannot pay " + amount);
        }
    }

    void withdraw(long amount) {
        balance -= amount;
    }

    void deposit(long amount) {
        balance += amount;
    }

    @Override
    public String toString() {
        return owner + "'s account (#" + number + ")";
    }
}
