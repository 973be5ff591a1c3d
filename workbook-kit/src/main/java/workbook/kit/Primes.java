package workbook.kit;

/** A prime search by trial division: pure computation, the textbook CPU-bound task, in several lessons. */
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

    public static boolean isPrime(int candidate) {
        for (int divisor = 2; (long) divisor * divisor <= candidate; divisor++) {
            if (candidate % divisor == 0) {
                return false;
            }
        }
        return true;
    }
}
