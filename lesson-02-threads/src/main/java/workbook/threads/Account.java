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

    /** A step of a transfer on an account, told on the thread doing it: tests look at the locks it holds. */
    @FunctionalInterface
    interface Steps {
        void at(String step, Account account);
    }

    private final int number;
    private final String owner;
    private final Duration fundsCheck;
    private final Steps steps;
    private long balance;

    public Account(int number, String owner, long balance) {
        this(number, owner, balance, FUNDS_CHECK, (step, account) -> { });
    }

    /** An account whose funds check takes {@code fundsCheck}, and that tells {@code steps} of every step. */
    Account(int number, String owner, long balance, Duration fundsCheck, Steps steps) {
        this.number = number;
        this.owner = owner;
        this.balance = balance;
        this.fundsCheck = fundsCheck;
        this.steps = steps;
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
        steps.at("checkFunds", this);
        Thread.sleep(fundsCheck);
        if (balance < amount) {
            throw new IllegalStateException(this + " holds " + balance + ", cannot pay " + amount);
        }
    }

    void withdraw(long amount) {
        steps.at("withdraw", this);
        balance -= amount;
    }

    void deposit(long amount) {
        steps.at("deposit", this);
        balance += amount;
    }

    @Override
    public String toString() {
        return owner + "'s account (#" + number + ")";
    }
}
