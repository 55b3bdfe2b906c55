package pl.opium.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void lengthCountsNotComposition() {
        assertThat(PasswordPolicy.violations("jan.kowalski", "Zima2026śnieg".toCharArray())).isEmpty();
        assertThat(PasswordPolicy.violations("jan.kowalski", "żółty kot na płocie".toCharArray()))
                .as("words only, no digit: fine when long").isEmpty();
        assertThat(PasswordPolicy.violations("jan.kowalski", "a".repeat(129).toCharArray()))
                .contains("identity.password.tooLong");
    }

    @Test
    void listsEveryReasonAtOnce() {
        assertThat(PasswordPolicy.violations("ala", "ala".toCharArray()))
                .containsExactly("identity.password.tooShort", "identity.password.containsUsername");
    }

    @Test
    void refusesPasswordsSeenInBreachesInAnyCase() {
        for (String breached : new String[]{"password1234", "QWERTYUIOP", "1234567890", "qwertyuiop1"}) {
            assertThat(PasswordPolicy.violations("jan.kowalski", breached.toCharArray())).as(breached)
                    .contains("identity.password.breached");
        }
    }

    @Test
    void refusesTheLoginAndThePlatformsName() {
        assertThat(PasswordPolicy.violations("sp05.dyrektor", "SP05.DYREKTOR1".toCharArray()))
                .containsExactly("identity.password.containsUsername");
        assertThat(PasswordPolicy.violations("jan.kowalski", "Opium2026Wiosna".toCharArray()))
                .containsExactly("identity.password.contextWord");
    }
}
