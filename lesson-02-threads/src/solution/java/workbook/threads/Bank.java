package workbook.threads;

/**
 * Moves money between accounts, locking both so nobody sees the money in flight.
 *
 * <p>SOLUTION: every transfer locks the lower-numbered account first. Two transfers between the
 * same accounts now queue at the same first lock instead of each holding what the other needs.
 * (A {@code ReentrantLock.tryLock} with a timeout and a retry is the other way out.)
 */
public final class Bank {

    // tag::transfer[]
    public void transfer(Account from, Account to, long amount) throws InterruptedException {
        Account first = from.number() < to.number() ? from : to; // one global order: by account number
        Account second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) {
                from.checkFunds(amount);
                from.withdraw(amount);
                to.deposit(amount);
            }
        }
    }
    // end::transfer[]
}
