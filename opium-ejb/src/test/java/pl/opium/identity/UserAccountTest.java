package pl.opium.identity;

import org.junit.jupiter.api.Test;
import pl.opium.OpiumException;
import pl.opium.registry.DepartmentUnit;
import pl.opium.registry.Institution;
import pl.opium.registry.InstitutionType;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountTest {

    private final Institution school = new Institution("Szkoła Podstawowa nr 1", "SP 1", InstitutionType.PRIMARY_SCHOOL);
    private final DepartmentUnit unit = new DepartmentUnit("Referat Przedszkoli", "PRZ");

    @Test
    void institutionPersonCannotHoldADepartmentRole() {
        assertThatThrownBy(() -> UserAccount.ofInstitution("sp1.x", "Jan", "Nowak", school, Set.of(Role.UNIT_HEAD)))
                .isInstanceOf(OpiumException.class)
                .extracting("messageKey").isEqualTo("identity.roles.departmentRoleForInstitution");
    }

    @Test
    void departmentPersonCannotHoldAnInstitutionRole() {
        assertThatThrownBy(() -> UserAccount.ofUnit("prz.x", "Jan", "Nowak", unit, Set.of(Role.INSTITUTION_DIRECTOR)))
                .isInstanceOf(OpiumException.class)
                .extracting("messageKey").isEqualTo("identity.roles.institutionRoleForDepartment");
    }

    @Test
    void anAccountNeedsAtLeastOneRole() {
        assertThatThrownBy(() -> UserAccount.ofUnit("prz.x", "Jan", "Nowak", unit, Set.of()))
                .isInstanceOf(OpiumException.class)
                .extracting("messageKey").isEqualTo("identity.roles.empty");
    }

    @Test
    void locksItselfAfterTheGivenNumberOfFailuresAndUnlockClearsTheCount() {
        UserAccount account = UserAccount.ofUnit("prz.x", "Jan", "Nowak", unit, List.of(Role.DEPARTMENT_OFFICER));
        for (int i = 0; i < 2; i++) {
            assertThat(account.failedLogin(3)).isFalse();
        }
        assertThat(account.failedLogin(3)).isTrue();
        assertThat(account.isLocked()).isTrue();

        account.unlock();

        assertThat(account.isLocked()).isFalse();
        assertThat(account.getFailedLogins()).isZero();
    }

    @Test
    void departmentCallerSeesEveryInstitutionAndInstitutionCallerOnlyTheirOwn() {
        Caller officer = new Caller(1, "prz.x", "Jan Nowak", null, null, 7L, "PRZ", Set.of(Role.DEPARTMENT_OFFICER));
        Caller secretary = new Caller(2, "sp1.s", "Ewa Nowak", 10L, "SP 1", null, null, Set.of(Role.INSTITUTION_STAFF));

        assertThat(officer.canSeeInstitution(10L)).isTrue();
        assertThat(officer.canSeeInstitution(11L)).isTrue();
        assertThat(secretary.canSeeInstitution(10L)).isTrue();
        assertThat(secretary.canSeeInstitution(11L)).isFalse();
        assertThat(secretary.canSeeInstitution(null)).isFalse();
    }
}
