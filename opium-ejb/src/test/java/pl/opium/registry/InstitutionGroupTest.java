package pl.opium.registry;

import org.junit.jupiter.api.Test;
import pl.opium.OpiumException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstitutionGroupTest {

    @Test
    void automaticGroupCannotBeGivenChosenMembers() {
        InstitutionGroup group = InstitutionGroup.automatic("Przedszkola", InstitutionType.PRESCHOOL);

        assertThatThrownBy(() -> group.choose(List.of()))
                .isInstanceOf(OpiumException.class)
                .extracting("messageKey").isEqualTo("registry.group.automaticMembers");
    }

    @Test
    void automaticGroupCannotBeDeactivated() {
        InstitutionGroup group = InstitutionGroup.automatic("Przedszkola", InstitutionType.PRESCHOOL);

        assertThatThrownBy(group::deactivate)
                .isInstanceOf(OpiumException.class)
                .extracting("messageKey").isEqualTo("registry.group.automaticDeactivate");
    }
}
