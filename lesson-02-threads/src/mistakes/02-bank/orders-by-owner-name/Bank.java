// Mistake: orders the locks by owner's name, which the tests' Alice #1 and Bob #2 happen to follow: two accounts of one owner tie.
// Rejected with: "two accounts of the same owner"
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
        Account first = from.owner().compareTo(to.owner()) < 0 ? from : to; // one global order: by owner's name
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
