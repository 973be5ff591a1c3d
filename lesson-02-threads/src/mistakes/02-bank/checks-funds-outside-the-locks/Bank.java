// Mistake: keeps the payer-first order but checks the funds before taking any lock, so the locks are held too briefly to meet.
// Rejected with: "checkFunds on Alice's account (#1) without holding the lock"
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
        from.checkFunds(amount); // the slow part, outside the locks: they are held only for an instant
        synchronized (from) {
            synchronized (to) {
                from.withdraw(amount);
                to.deposit(amount);
            }
        }
    }
    // end::transfer[]
}
