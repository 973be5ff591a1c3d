package workbook.pitfalls;

/**
 * The talk's {@code find_primes}: a prime search that tries every divisor up to half the number.
 *
 * <p>Slow on purpose: it is pure computation, nothing to wait for, so whatever thread runs it is
 * busy until it is done.
 */
public final class Primes {

    private Primes() {
    }

    /** How many primes there are below {@code limit}. */
    public static int countBelow(int limit) {
        int count = 0;
        for (int candidate = 2; candidate < limit; candidate++) {
            if (isPrime(candidate)) {
                count++;
            }
        }
        return count;
    }

    static boolean isPrime(int candidate) {
        for (int divisor = 2; divisor <= candidate / 2; divisor++) {
            if (candidate % divisor == 0) {
                return false;
            }
        }
        return true;
    }
}
