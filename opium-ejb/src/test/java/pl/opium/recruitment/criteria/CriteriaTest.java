package pl.opium.recruitment.criteria;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.opium.recruitment.criteria.SecondaryScale.FOREIGN_LANGUAGE;
import static pl.opium.recruitment.criteria.SecondaryScale.MATHS;
import static pl.opium.recruitment.criteria.SecondaryScale.POLISH;

class CriteriaTest {

    private final SecondaryScale scale = SecondaryScale.regulation();
    private final List<String> biologyAndChemistry = List.of("biologia", "chemia");

    private static SecondaryScale.Candidate candidate(SecondaryScale.Exam exam, Map<String, Integer> grades,
                                                       boolean distinction, int achievements, boolean volunteering) {
        return new SecondaryScale.Candidate(exam, grades, distinction, achievements, volunteering, false, false, Set.of());
    }

    @Test
    void theBestCandidateHasTwoHundredPoints() {
        var best = candidate(new SecondaryScale.Exam(100, 100, 100),
                Map.of(POLISH, 6, MATHS, 6, "biologia", 6, "chemia", 6), true, 25, true);
        assertThat(scale.hundredths(best, biologyAndChemistry)).isEqualTo(20_000);
    }

    @Test
    void pointsAsTheRegulationCountsThem() {
        // exam 80 / 70 / 90 %: 28 + 24.5 + 27; grades 5, 4, 6, 3: 17 + 14 + 18 + 8; distinction 7
        var pupil = candidate(new SecondaryScale.Exam(80, 70, 90),
                Map.of(POLISH, 5, MATHS, 4, "biologia", 6, "chemia", 3, "historia", 2), true, 0, false);
        assertThat(scale.hundredths(pupil, biologyAndChemistry)).isEqualTo(14_350);
        // the same certificate counts other subjects in a class with another profile
        assertThat(scale.hundredths(pupil, List.of("historia", "chemia"))).isEqualTo(14_350 - 1_800 + 200);
    }

    @Test
    void anExemptedCandidatesGradesReplaceTheExam() {
        var exempted = candidate(null, Map.of(POLISH, 5, MATHS, 4, FOREIGN_LANGUAGE, 6, "biologia", 4, "chemia", 4),
                false, 0, true);
        // 30 + 25 + 30 for the exam, 17 + 14 + 14 + 14 for the grades, 3 for voluntary work
        assertThat(scale.hundredths(exempted, biologyAndChemistry)).isEqualTo(14_700);
    }

    @Test
    void laureatesFirstThenPointsThenHealthThenTheStatutoryCriteria() {
        var exam = new SecondaryScale.Exam(50, 50, 50);
        Map<String, Integer> grades = Map.of(POLISH, 4, MATHS, 4, "biologia", 4, "chemia", 4);
        var laureate = new SecondaryScale.Candidate(exam, grades, false, 0, false, true, false, Set.of());
        var top = candidate(new SecondaryScale.Exam(100, 100, 100), Map.of(POLISH, 6, MATHS, 6), true, 18, true);
        var plain = new SecondaryScale.Candidate(exam, grades, false, 0, false, false, false,
                EnumSet.allOf(StatutoryCriterion.class));
        var health = new SecondaryScale.Candidate(exam, grades, false, 0, false, false, true, Set.of());
        var twoCriteria = new SecondaryScale.Candidate(exam, grades, false, 0, false, false, false,
                EnumSet.of(StatutoryCriterion.LARGE_FAMILY, StatutoryCriterion.SINGLE_PARENTING));
        assertThat(scale.key(laureate, biologyAndChemistry)).isGreaterThan(scale.key(top, biologyAndChemistry));
        assertThat(scale.key(health, biologyAndChemistry)).isGreaterThan(scale.key(plain, biologyAndChemistry));
        assertThat(scale.key(plain, biologyAndChemistry)).isGreaterThan(scale.key(twoCriteria, biologyAndChemistry));
        assertThat(SecondaryScale.priorityKey().levels(scale.key(twoCriteria, biologyAndChemistry)))
                .containsExactly(0, 10_600, 0, 2);
    }

    @Test
    void aScaleAboveTwoHundredIsRefused() {
        assertThatThrownBy(() -> new SecondaryScale(Map.of(6, 25), 7, 18, 3, Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void preschoolStatutoryCriteriaComeBeforeAnyMunicipalPoints() {
        PreschoolCriteria criteria = new PreschoolCriteria(List.of(
                new MunicipalCriterion("oboje_pracuja", "Oboje rodzice pracują lub studiują", 20, "oświadczenie"),
                new MunicipalCriterion("rodzenstwo", "Rodzeństwo w tym przedszkolu", 15, "oświadczenie"),
                new MunicipalCriterion("podatki", "Rodzice rozliczają podatek w mieście", 10, "pierwsza strona PIT")));
        long oneStatutory = criteria.key(EnumSet.of(StatutoryCriterion.FOSTER_CARE), Set.of());
        long allMunicipal = criteria.key(Set.of(), Set.of("oboje_pracuja", "rodzenstwo", "podatki"));
        assertThat(oneStatutory).isGreaterThan(allMunicipal);
        assertThat(criteria.priorityKey().levels(allMunicipal)).containsExactly(0, 45);
        assertThatThrownBy(() -> criteria.key(Set.of(), Set.of("nieznane"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PreschoolCriteria(java.util.Collections.nCopies(7,
                new MunicipalCriterion("a", "A", 1, "x")))).isInstanceOf(IllegalArgumentException.class);
    }
}
