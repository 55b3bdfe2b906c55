package pl.opium.it;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import pl.opium.OpiumException;
import pl.opium.identity.AuditLog;
import pl.opium.registry.Address;
import pl.opium.registry.GroupService;
import pl.opium.registry.Institution;
import pl.opium.registry.InstitutionFilter;
import pl.opium.registry.InstitutionGroup;
import pl.opium.registry.InstitutionType;
import pl.opium.registry.RegistryService;
import pl.opium.registry.StaffFunction;
import pl.opium.registry.StaffMember;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry on the real server: CRUD, optimistic locking, validation, groups. */
class RegistryIT extends OnSharedDeployment {

    static final String OFFICER = "pracownik.prz";

    @EJB
    private RegistryService registry;

    @EJB
    private GroupService groups;

    @EJB
    private AuditLog auditLog;

    static String uniqueRspo() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    static Institution newTechnikum(String rspo) {
        Institution institution = new Institution("Technikum Testowe nr " + rspo, "T-" + rspo,
                InstitutionType.TECHNICAL_SECONDARY);
        institution.setRspoNumber(rspo);
        institution.setRegon("123456785");
        institution.setAddress(new Address("ul. Próbna", "7", "85-001", "Bydgoszcz", 53.12, 18.0));
        return institution;
    }

    @Test
    void officerAddsAnInstitutionAndFindsItInTheList() {
        String rspo = uniqueRspo();
        Institution saved = As.user(OFFICER, () -> registry.saveInstitution(newTechnikum(rspo)));

        List<Institution> found = As.user(OFFICER, () -> registry.searchInstitutions(
                new InstitutionFilter(rspo, null, null, true, "name", true), 0, 10));

        assertThat(found).extracting(Institution::getId).containsExactly(saved.getId());
        assertThat(found.get(0).getAddress().getOneLine()).isEqualTo("ul. Próbna 7, 85-001 Bydgoszcz");
    }

    @Test
    void editingAStaleCopyIsRefusedInsteadOfOverwriting() {
        Institution saved = As.user(OFFICER, () -> registry.saveInstitution(newTechnikum(uniqueRspo())));
        Institution first = As.user(OFFICER, () -> registry.institution(saved.getId()));
        Institution second = As.user(OFFICER, () -> registry.institution(saved.getId()));

        first.setPhone("52 111 11 11");
        As.user(OFFICER, () -> registry.saveInstitution(first));
        second.setPhone("52 222 22 22");

        assertThatThrownBy(() -> As.user(OFFICER, () -> registry.saveInstitution(second)))
                .isInstanceOf(OpiumException.class)
                .extracting("messageKey").isEqualTo("concurrentModification");
        assertThat(As.user(OFFICER, () -> registry.institution(saved.getId())).getPhone()).isEqualTo("52 111 11 11");
        assertThat(As.user("admin", () -> auditLog.historyOf("Institution", saved.getId())))
                .as("the audit log says who changed what")
                .anySatisfy(entry -> {
                    assertThat(entry.getActor()).isEqualTo(OFFICER);
                    assertThat(entry.getDetails()).contains("phone: — → \"52 111 11 11\"");
                });
    }

    @Test
    void secondInstitutionWithTheSameRspoNumberIsRefused() {
        String rspo = uniqueRspo();
        As.user(OFFICER, () -> registry.saveInstitution(newTechnikum(rspo)));

        assertThatThrownBy(() -> As.user(OFFICER, () -> registry.saveInstitution(newTechnikum(rspo))))
                .isInstanceOf(OpiumException.class)
                .extracting("messageKey").isEqualTo("registry.rspo.taken");
    }

    @Test
    void regonWithAWrongChecksumIsRefusedWithAPolishMessage() {
        Institution institution = newTechnikum(uniqueRspo());
        institution.setRegon("123456789");

        assertThatThrownBy(() -> As.user(OFFICER, () -> registry.saveInstitution(institution)))
                .hasRootCauseInstanceOf(ConstraintViolationException.class)
                .rootCause().hasMessageContaining("REGON musi mieć 9 lub 14 cyfr");
    }

    @Test
    void automaticGroupFollowsTheRegistryAsInstitutionsComeAndGo() {
        InstitutionGroup technical = As.user(OFFICER, () -> groups.groups()).stream()
                .filter(g -> g.isAutomatic() && g.getInstitutionType() == InstitutionType.TECHNICAL_SECONDARY)
                .findFirst().orElseThrow();
        long before = As.user(OFFICER, () -> groups.memberCount(technical.getId()));

        Institution added = As.user(OFFICER, () -> registry.saveInstitution(newTechnikum(uniqueRspo())));
        assertThat(As.user(OFFICER, () -> groups.memberCount(technical.getId()))).isEqualTo(before + 1);

        As.user(OFFICER, () -> registry.deactivateInstitution(added.getId()));
        assertThat(As.user(OFFICER, () -> groups.memberCount(technical.getId()))).isEqualTo(before);
        assertThat(As.user(OFFICER, () -> registry.institution(added.getId())).isActive()).isFalse();
    }

    @Test
    void customGroupHoldsTheChosenInstitutionsUntilOneIsDeactivated() {
        Institution a = As.user(OFFICER, () -> registry.saveInstitution(newTechnikum(uniqueRspo())));
        Institution b = As.user(OFFICER, () -> registry.saveInstitution(newTechnikum(uniqueRspo())));
        InstitutionGroup group = As.user(OFFICER, () -> groups.createCustom("Projekt Erasmus", "szkoły w projekcie",
                List.of(a.getId(), b.getId())));

        assertThat(As.user(OFFICER, () -> groups.members(group.getId()))).extracting(Institution::getId)
                .containsExactlyInAnyOrder(a.getId(), b.getId());
        assertThat(As.user(OFFICER, () -> groups.group(group.getId())).getChosen())
                .as("the edit form reads the chosen institutions after the transaction").hasSize(2);

        As.user(OFFICER, () -> registry.deactivateInstitution(b.getId()));
        assertThat(As.user(OFFICER, () -> groups.members(group.getId()))).extracting(Institution::getId)
                .containsExactly(a.getId());
    }

    @Test
    void automaticGroupCannotBeDeactivated() {
        InstitutionGroup automatic = As.user(OFFICER, () -> groups.groups()).stream()
                .filter(InstitutionGroup::isAutomatic).findFirst().orElseThrow();

        assertThatThrownBy(() -> As.user(OFFICER, () -> groups.deactivate(automatic.getId())))
                .isInstanceOf(OpiumException.class)
                .extracting("messageKey").isEqualTo("registry.group.automaticDeactivate");
    }

    @Test
    void officerKeepsStaffContactsOfAnInstitution() {
        Institution school = As.user(OFFICER, () -> registry.saveInstitution(newTechnikum(uniqueRspo())));
        StaffMember deputy = new StaffMember(school, "Ewa", "Wiśniewska", StaffFunction.DEPUTY_DIRECTOR);
        StaffMember saved = As.user(OFFICER, () -> registry.saveStaff(deputy));

        assertThat(As.user(OFFICER, () -> registry.staffOf(school.getId()))).extracting(StaffMember::getId)
                .containsExactly(saved.getId());

        As.user(OFFICER, () -> registry.deactivateStaff(saved.getId()));
        assertThat(As.user(OFFICER, () -> registry.staffOf(school.getId()))).isEmpty();
    }

    @Test
    void institutionDirectorCannotChangeTheRegistry() {
        assertThatThrownBy(() -> As.user("sp01.dyrektor", () -> registry.saveInstitution(newTechnikum(uniqueRspo()))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> As.user("sp01.dyrektor", () -> groups.groups()))
                .isInstanceOf(EJBAccessException.class);
    }
}
