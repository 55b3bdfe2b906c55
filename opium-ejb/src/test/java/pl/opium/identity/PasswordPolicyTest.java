package pl.opium.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void acceptsALongPasswordWithLettersAndDigits() {
        assertThat(PasswordPolicy.violations("jan.kowalski", "Zima2026śnieg".toCharArray())).isEmpty();
    }

    @Test
    void listsEveryReasonAtOnce() {
        assertThat(PasswordPolicy.violations("ala", "ala".toCharArray()))
                .containsExactly("identity.password.tooShort", "identity.password.lettersAndDigits",
                        "identity.password.containsUsername");
    }

    @Test
    void refusesThePasswordThatContainsTheUsernameInAnyCase() {
        assertThat(PasswordPolicy.violations("sp05.dyrektor", "SP05.DYREKTOR1".toCharArray()))
                .containsExactly("identity.password.containsUsername");
    }
}
