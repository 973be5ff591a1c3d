// Mistake: takes the two locks one after the other, never both at once: withdraw under one, deposit under the other.
// Rejected with: "deposit on Bob's account (#2) without holding the lock of Alice's account"
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
        synchronized (from) {
            from.checkFunds(amount);
            from.withdraw(amount);
        }
        synchronized (to) { // never holding two locks at once: no cycle
            to.deposit(amount);
        }
    }
    // end::transfer[]
}
