package pl.opium.identity;

import org.junit.jupiter.api.Test;
import pl.opium.registry.Institution;
import pl.opium.registry.InstitutionType;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChangesTest {

    @Test
    void listsOnlyTheFieldsThatChangedWithOldAndNewValues() {
        Institution school = new Institution("Szkoła Podstawowa nr 1", "SP 1", InstitutionType.PRIMARY_SCHOOL);
        school.setPhone("52 111 11 11");
        Map<String, String> before = school.snapshot();

        school.setPhone("52 222 22 22");
        school.setEmail("sp1@example.pl");

        assertThat(Changes.between(before, school.snapshot()))
                .isEqualTo("phone: \"52 111 11 11\" → \"52 222 22 22\"; email: — → \"sp1@example.pl\"");
    }

    @Test
    void blankAndMissingValuesCountAsTheSame() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("phone", "");
        Map<String, String> after = new LinkedHashMap<>();
        after.put("phone", null);

        assertThat(Changes.between(before, after)).isEqualTo("no changes");
    }
}
