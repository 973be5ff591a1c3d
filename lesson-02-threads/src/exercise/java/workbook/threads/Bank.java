package workbook.threads;

/**
 * Moves money between accounts, locking both so nobody sees the money in flight.
 *
 * <p>EXERCISE: Alice pays Bob while Bob pays Alice, and neither payment ever ends. Run
 * {@code ./mvnw -pl lesson-02-threads test} and read what {@code BankTest} found.
 */
public final class Bank {

    // tag::transfer[]
    public void transfer(Account from, Account to, long amount) throws InterruptedException {
        // TODO: each transfer locks the account the money leaves first. Alice→Bob holds Alice and
        //  waits for Bob; Bob→Alice holds Bob and waits for Alice: a deadlock. Make every
        //  transfer take the two locks in one global order (say, by account number).
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
