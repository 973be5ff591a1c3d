// Mistake: orders the locks by balance, poorer account first: an order that changes, and ties go to the payee.
// Rejected with: "opposite orders"
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
        Account first = from.balance() < to.balance() ? from : to; // one order for both: the poorer first
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
