package pl.opium.recruitment.appeal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AppealDeadlinesTest {

    @Test
    void termsCountFromTheDayAfterTheEvent() {
        assertThat(AppealDeadlines.requestJustificationBy(LocalDate.of(2027, 4, 23))).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(AppealDeadlines.justificationBy(LocalDate.of(2027, 5, 20))).isEqualTo(LocalDate.of(2027, 5, 25));
        assertThat(AppealDeadlines.decisionBy(LocalDate.of(2027, 5, 28))).isEqualTo(LocalDate.of(2027, 5, 31));
    }

    @Test
    void aDeadlineOnASaturdayOrAHolidayMovesToTheNextWorkingDay() {
        // 3 May, Constitution Day
        assertThat(AppealDeadlines.requestJustificationBy(LocalDate.of(2027, 4, 26))).isEqualTo(LocalDate.of(2027, 5, 4));
        // Corpus Christi 2027 is Thursday 27 May (Easter + 60 days)
        assertThat(AppealDeadlines.appealBy(LocalDate.of(2027, 5, 24))).isEqualTo(LocalDate.of(2027, 5, 28));
        // a Saturday
        assertThat(AppealDeadlines.decisionBy(LocalDate.of(2027, 6, 2))).isEqualTo(LocalDate.of(2027, 6, 7));
        // Christmas Eve is free from 2025, then Christmas and St Stephen's day, then the weekend
        assertThat(AppealDeadlines.appealBy(LocalDate.of(2025, 12, 21))).isEqualTo(LocalDate.of(2025, 12, 29));
    }

    @Test
    void easterAndTheMovableHolidays() {
        assertThat(AppealDeadlines.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(AppealDeadlines.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(AppealDeadlines.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(AppealDeadlines.isWorkingDay(LocalDate.of(2026, 4, 6))).as("Easter Monday").isFalse();
        assertThat(AppealDeadlines.isWorkingDay(LocalDate.of(2026, 6, 4))).as("Corpus Christi 2026").isFalse();
        assertThat(AppealDeadlines.isWorkingDay(LocalDate.of(2024, 12, 24))).as("Christmas Eve before 2025").isTrue();
        assertThat(AppealDeadlines.isWorkingDay(LocalDate.of(2026, 6, 5))).isTrue();
    }
}
