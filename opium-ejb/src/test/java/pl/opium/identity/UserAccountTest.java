package pl.opium.identity;

import org.junit.jupiter.api.Test;
import pl.opium.OpiumException;
import pl.opium.registry.DepartmentUnit;
import pl.opium.registry.Institution;
import pl.opium.registry.InstitutionType;

import java.time.Duration;
import java.time.Instant;
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
    void failuresShutTheAccountForAWhileThatDoublesUpToTheLongest() {
        UserAccount account = UserAccount.ofUnit("prz.x", "Jan", "Nowak", unit, List.of(Role.DEPARTMENT_OFFICER));
        Instant now = Instant.parse("2027-01-10T08:00:00Z");
        Duration first = Duration.ofMinutes(1);
        Duration longest = Duration.ofMinutes(5);
        for (int i = 0; i < 2; i++) {
            assertThat(account.failedLogin(now, 3, first, longest)).isNull();
        }
        assertThat(account.failedLogin(now, 3, first, longest)).isEqualTo(Duration.ofMinutes(1));
        assertThat(account.isShutAt(now.plusSeconds(59))).isTrue();
        assertThat(account.isLocked()).as("not the administrator's lock").isFalse();
        // while shut, failures are not counted: the password was not even checked
        assertThat(account.failedLogin(now.plusSeconds(30), 3, first, longest)).isNull();
        assertThat(account.getFailedLogins()).isEqualTo(3);

        Instant later = now.plus(Duration.ofMinutes(1));
        assertThat(account.isShutAt(later)).isFalse();
        account.failedLogin(later, 3, first, longest);
        account.failedLogin(later, 3, first, longest);
        assertThat(account.failedLogin(later, 3, first, longest)).isEqualTo(Duration.ofMinutes(2));
        Instant evenLater = later.plus(Duration.ofMinutes(2));
        for (int i = 0; i < 2; i++) {
            account.failedLogin(evenLater, 3, first, longest);
        }
        assertThat(account.failedLogin(evenLater, 3, first, longest)).isEqualTo(Duration.ofMinutes(4));
        Instant yetLater = evenLater.plus(Duration.ofMinutes(4));
        for (int i = 0; i < 2; i++) {
            account.failedLogin(yetLater, 3, first, longest);
        }
        assertThat(account.failedLogin(yetLater, 3, first, longest)).as("capped").isEqualTo(longest);

        account.loggedIn(yetLater.plus(longest));
        assertThat(account.getFailedLogins()).isZero();
        assertThat(account.getLockedUntil()).isNull();
    }

    @Test
    void unlockClearsTheCountAndTheWhile() {
        UserAccount account = UserAccount.ofUnit("prz.x", "Jan", "Nowak", unit, List.of(Role.DEPARTMENT_OFFICER));
        Instant now = Instant.now();
        for (int i = 0; i < 5; i++) {
            account.failedLogin(now, 5, Duration.ofMinutes(1), Duration.ofHours(1));
        }
        assertThat(account.isShutAt(now)).isTrue();

        account.unlock();

        assertThat(account.isShutAt(now)).isFalse();
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

    @Test
    void aCommitteeMemberIsNoOfficerAndSeesNoInstitution() {
        Caller expert = new Caller(3, "komisja", "Anna Ekspert", null, null, 7L, "DYR", Set.of(Role.COMMITTEE_MEMBER));
        assertThat(expert.isDepartmentUser()).isFalse();
        assertThat(expert.canSeeInstitution(10L)).isFalse();
    }
}
