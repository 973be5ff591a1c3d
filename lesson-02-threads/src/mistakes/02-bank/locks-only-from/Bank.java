// Mistake: locks only the account the money leaves: no second lock, no deadlock.
// Rejected with: "without holding the lock of Bob's account"
package workbook.threads;

/**
 * Moves money between accounts, locking both so nobody sees the money in flight.
 *
 * <p>EXERCISE: Alice pays Bob while Bob pays Alice, and neither payment ever ends. Run
 * {@code ./workbook run 02-bank} and read what {@code BankTest} found.
 */
public final class Bank {

    // tag::transfer[]
    public void transfer(Account from, Account to, long amount) throws InterruptedException {
        synchronized (from) { // one lock only: nothing to wait for in a cycle
            from.checkFunds(amount);
            from.withdraw(amount);
            to.deposit(amount);
        }
    }
    // end::transfer[]
}
