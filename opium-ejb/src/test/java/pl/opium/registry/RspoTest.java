package pl.opium.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RspoTest {

    @Test
    void acceptsPositiveNumbersWithoutLeadingZeros() {
        assertThat(Rspo.isValid("1")).isTrue();
        assertThat(Rspo.isValid("21537")).isTrue();
    }

    @Test
    void rejectsZeroLeadingZerosLettersAndBlanks() {
        assertThat(Rspo.isValid("0")).isFalse();
        assertThat(Rspo.isValid("021537")).isFalse();
        assertThat(Rspo.isValid("21A37")).isFalse();
        assertThat(Rspo.isValid("")).isFalse();
        assertThat(Rspo.isValid("12345678901")).isFalse();
    }
}
