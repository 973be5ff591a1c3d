package workbook.kit;

import java.util.function.IntPredicate;

/** A prime search by trial division: pure computation, the textbook CPU-bound task, in several lessons. */
public final class Primes {

    private Primes() {
    }

    /** How many primes there are below {@code limit}, trying divisors up to the square root. */
    public static int countBelow(int limit) {
        return count(limit, Primes::isPrime);
    }

    /**
     * The talk's {@code find_primes}: the same count, trying every divisor up to half of each number.
     * Slow on purpose, so that whatever thread runs it stays busy long enough to be seen.
     */
    public static int countBelowTheSlowWay(int limit) {
        return count(limit, Primes::isPrimeTheSlowWay);
    }

    static boolean isPrime(int candidate) {
        return noDivisorUpTo((int) Math.sqrt(candidate), candidate);
    }

    static boolean isPrimeTheSlowWay(int candidate) {
        return noDivisorUpTo(candidate / 2, candidate);
    }

    private static int count(int limit, IntPredicate isPrime) {
        int count = 0;
        for (int candidate = 2; candidate < limit; candidate++) {
            if (isPrime.test(candidate)) {
                count++;
            }
        }
        return count;
    }

    private static boolean noDivisorUpTo(int largest, int candidate) {
        for (int divisor = 2; divisor <= largest; divisor++) {
            if (candidate % divisor == 0) {
                return false;
            }
        }
        return true;
    }
}
