package workbook.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrimesTest {

    @Test
    void primesAreFoundByTrialDivision() {
        assertThat(Primes.countBelow(10)).isEqualTo(4);
        assertThat(Primes.countBelow(1000)).isEqualTo(168);
        assertThat(Primes.isPrime(7919)).isTrue();
        assertThat(Primes.isPrime(7917)).isFalse();
        assertThat(Primes.isPrime(49)).isFalse(); // a square: the square root itself is a divisor
    }

    @Test
    void theSlowWayFindsTheSamePrimes() {
        assertThat(Primes.countBelowTheSlowWay(10)).isEqualTo(4);
        assertThat(Primes.countBelowTheSlowWay(10_000)).isEqualTo(Primes.countBelow(10_000)).isEqualTo(1229);
        assertThat(Primes.isPrimeTheSlowWay(7919)).isTrue();
        assertThat(Primes.isPrimeTheSlowWay(7917)).isFalse();
    }
}
