package pl.opium.registry;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeselTest {

    @Test
    void acceptsValidNumbersOfBothCenturies() {
        assertThat(Pesel.isValid("44051401359")).isTrue();
        assertThat(Pesel.isValid("02270803624")).isTrue();
    }

    @Test
    void decodesTheBirthDateWithTheCenturyInTheMonth() {
        assertThat(Pesel.birthDate("44051401359")).contains(LocalDate.of(1944, 5, 14));
        assertThat(Pesel.birthDate("02270803624")).contains(LocalDate.of(2002, 7, 8));
    }

    @Test
    void rejectsWrongChecksum() {
        assertThat(Pesel.isValid("44051401358")).isFalse();
    }

    @Test
    void rejectsNumbersThatEncodeNoDate() {
        String noSuchDay = "21023112345";
        assertThat(Pesel.birthDate(noSuchDay)).isEmpty();
        String body = "2102311234";
        assertThat(Pesel.isValid(body + Pesel.checkDigit(body))).isFalse();
    }

    @Test
    void rejectsWrongLengthAndLetters() {
        assertThat(Pesel.isValid("4405140135")).isFalse();
        assertThat(Pesel.isValid("4405140135A")).isFalse();
        assertThat(Pesel.isValid(null)).isFalse();
    }

    @Test
    void tellsSexFromTheTenthDigit() {
        assertThat(Pesel.isFemale("02270803624")).isTrue();
        assertThat(Pesel.isFemale("44051401359")).isFalse();
    }

    @Test
    void aNumberMadeForABirthDateIsValidAndCarriesIt() {
        for (int serial : new int[]{0, 1234, 9999}) {
            String pesel = Pesel.of(LocalDate.of(2023, 2, 28), serial);
            assertThat(Pesel.isValid(pesel)).as(pesel).isTrue();
            assertThat(Pesel.birthDate(pesel)).contains(LocalDate.of(2023, 2, 28));
        }
        assertThat(Pesel.of(LocalDate.of(2020, 12, 1), 5)).startsWith("203201000");
    }
}
