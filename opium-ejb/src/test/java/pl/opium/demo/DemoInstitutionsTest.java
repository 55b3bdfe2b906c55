package pl.opium.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoInstitutionsTest {

    @Test
    void numbersHighSchoolsTheRomanWayBeyondTwelve() {
        assertThat(DemoInstitutions.roman(1)).isEqualTo("I");
        assertThat(DemoInstitutions.roman(4)).isEqualTo("IV");
        assertThat(DemoInstitutions.roman(9)).isEqualTo("IX");
        assertThat(DemoInstitutions.roman(12)).isEqualTo("XII");
        assertThat(DemoInstitutions.roman(26)).isEqualTo("XXVI");
        assertThat(DemoInstitutions.roman(49)).isEqualTo("XLIX");
    }
}
