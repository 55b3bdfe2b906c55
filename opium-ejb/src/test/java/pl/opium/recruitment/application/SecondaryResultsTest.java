package pl.opium.recruitment.application;

import org.junit.jupiter.api.Test;
import pl.opium.OpiumException;
import pl.opium.recruitment.campaign.ScaleJson;
import pl.opium.recruitment.criteria.SecondaryScale;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecondaryResultsTest {

    private static final Map<String, Integer> GRADES = Map.of(SecondaryScale.POLISH, 5, SecondaryScale.MATHS, 4);

    @Test
    void aCampaignKeepsItsScaleAsItWasSetUp() {
        SecondaryScale changed = new SecondaryScale(Map.of(6, 18, 5, 17, 4, 14, 3, 8, 2, 2), 5, 10, 2,
                Map.of(6, 35, 5, 30, 4, 25, 3, 15, 2, 10), Map.of(6, 30, 5, 25, 4, 20, 3, 10, 2, 5));
        assertThat(ScaleJson.read(ScaleJson.write(changed))).isEqualTo(changed);
        assertThat(ScaleJson.read(ScaleJson.write(SecondaryScale.regulation()))).isEqualTo(SecondaryScale.regulation());
    }

    @Test
    void resultsAreCheckedAsTheyAreTyped() {
        assertThat(new SecondaryResults(null, null, null, GRADES, 0).isExempt()).isTrue();
        assertRefused(() -> new SecondaryResults(80, null, 70, GRADES, 0), "recruitment.secondary.examIncomplete");
        assertRefused(() -> new SecondaryResults(80, 101, 70, GRADES, 0), "recruitment.secondary.examRange");
        assertRefused(() -> new SecondaryResults(80, 90, 70, Map.of(SecondaryScale.POLISH, 5), 0),
                "recruitment.secondary.gradeMissing");
        assertRefused(() -> new SecondaryResults(80, 90, 70, Map.of(SecondaryScale.POLISH, 5, SecondaryScale.MATHS, 7), 0),
                "recruitment.secondary.gradeRange");
        assertRefused(() -> new SecondaryResults(80, 90, 70, GRADES, -3), "recruitment.secondary.achievements");
    }

    private static void assertRefused(Runnable typed, String key) {
        assertThatThrownBy(typed::run).isInstanceOfSatisfying(OpiumException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
