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
        // TODO: Alice→Bob and Bob→Alice at the same moment never end. Which lock does each hold,
        //  and which one is it waiting for?
        synchronized (from) {
            from.checkFunds(amount);
            synchronized (to) {
                from.withdraw(amount);
                to.deposit(amount);
            }
        }
    }
    // end::transfer[]
}
