package pl.opium.registry;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GroupResolverTest {

    private final Institution sp1 = new Institution("Szkoła Podstawowa nr 1", "SP 1", InstitutionType.PRIMARY_SCHOOL);
    private final Institution sp2 = new Institution("Szkoła Podstawowa nr 2", "SP 2", InstitutionType.PRIMARY_SCHOOL);
    private final Institution p1 = new Institution("Przedszkole nr 1", "P 1", InstitutionType.PRESCHOOL);
    private final List<Institution> registry = List.of(sp2, p1, sp1);

    @Test
    void automaticGroupHoldsEveryActiveInstitutionOfItsType() {
        InstitutionGroup primary = InstitutionGroup.automatic("Szkoły podstawowe", InstitutionType.PRIMARY_SCHOOL);

        assertThat(GroupResolver.resolve(primary, registry)).containsExactly(sp1, sp2);
    }

    @Test
    void automaticGroupFollowsTheRegistryWhenAnInstitutionIsDeactivated() {
        InstitutionGroup primary = InstitutionGroup.automatic("Szkoły podstawowe", InstitutionType.PRIMARY_SCHOOL);
        sp2.deactivate();

        assertThat(GroupResolver.resolve(primary, registry)).containsExactly(sp1);
    }

    @Test
    void automaticGroupFollowsTheRegistryWhenATypeChanges() {
        InstitutionGroup preschools = InstitutionGroup.automatic("Przedszkola", InstitutionType.PRESCHOOL);
        sp1.setType(InstitutionType.PRESCHOOL);

        assertThat(GroupResolver.resolve(preschools, registry)).containsExactly(p1, sp1);
    }

    @Test
    void customGroupHoldsTheChosenActiveInstitutionsOnly() {
        InstitutionGroup custom = InstitutionGroup.custom("Projekt", null);
        custom.choose(List.of(sp2, p1));
        p1.deactivate();

        assertThat(GroupResolver.resolve(custom, registry)).containsExactly(sp2);
    }

    @Test
    void inactiveGroupHasNoMembers() {
        InstitutionGroup custom = InstitutionGroup.custom("Projekt", null);
        custom.choose(List.of(sp1));
        custom.deactivate();

        assertThat(GroupResolver.resolve(custom, registry)).isEmpty();
    }

    @Test
    void membersAreInPolishAlphabeticalOrder() {
        Institution lodz = new Institution("Szkoła Łódzka", "Łąka", InstitutionType.PRIMARY_SCHOOL);
        Institution lipa = new Institution("Szkoła Lipowa", "Lipa", InstitutionType.PRIMARY_SCHOOL);
        Institution maj = new Institution("Szkoła Majowa", "Maj", InstitutionType.PRIMARY_SCHOOL);
        InstitutionGroup primary = InstitutionGroup.automatic("Szkoły podstawowe", InstitutionType.PRIMARY_SCHOOL);

        assertThat(GroupResolver.resolve(primary, List.of(maj, lodz, lipa))).containsExactly(lipa, lodz, maj);
    }
}
