package pl.opium.registry;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegonTest {

    @Test
    void acceptsPublishedNineAndFourteenDigitNumbers() {
        assertThat(Regon.isValid("123456785")).isTrue();
        assertThat(Regon.isValid("12345678512347")).isTrue();
    }

    @Test
    void rejectsWrongChecksumLengthAndLetters() {
        assertThat(Regon.isValid("123456789")).isFalse();
        assertThat(Regon.isValid("12345678")).isFalse();
        assertThat(Regon.isValid("12345678512348")).isFalse();
        assertThat(Regon.isValid("12345678A")).isFalse();
        assertThat(Regon.isValid(null)).isFalse();
    }

    @Test
    void fourteenDigitNumberNeedsAValidNinePrefix() {
        assertThat(Regon.isValid("12345678912342")).isFalse();
    }

    @Property
    void completedNumbersAreValid(@ForAll @IntRange(min = 0, max = 99_999_999) int body) {
        assertThat(Regon.isValid(Regon.complete9(String.format("%08d", body)))).isTrue();
    }

    @Property
    void changingOneDigitBreaksTheChecksum(@ForAll @IntRange(min = 0, max = 99_999_999) int body,
                                           @ForAll @IntRange(min = 0, max = 7) int position,
                                           @ForAll @IntRange(min = 1, max = 9) int delta) {
        char[] digits = Regon.complete9(String.format("%08d", body)).toCharArray();
        int original = digits[position] - '0';
        digits[position] = (char) ('0' + (original + delta) % 10);
        String changed = new String(digits);
        // weights 8,9,2,3,4,5,6,7 are all coprime with 11, so a single change always alters sum mod 11;
        // only when both sums give a remainder of 10 or 0 (both map to digit 0) can the checksum survive
        int[] weights = {8, 9, 2, 3, 4, 5, 6, 7};
        int before = sumMod11(Regon.complete9(String.format("%08d", body)), weights);
        int after = sumMod11(changed, weights);
        boolean collidesOnZero = (before == 10 || before == 0) && (after == 10 || after == 0);
        assertThat(Regon.isValid(changed)).isEqualTo(collidesOnZero);
    }

    private static int sumMod11(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return sum % 11;
    }
}
