package pl.opium.identity;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ParentLoginsTest {

    @Test
    void aLoginIsTheNameWithoutPolishLetters() {
        assertThat(ParentLogins.base("Łucja", "Żądło-Wiśniewska")).isEqualTo("lucja.zadlo-wisniewska");
        assertThat(ParentLogins.base(" Anna Maria ", "Nowak")).isEqualTo("anna-maria.nowak");
        assertThat(ParentLogins.base("O'Brien", "Ćwik")).isEqualTo("obrien.cwik");
    }

    @Test
    void aLoginFitsTheAccountsRules() {
        assertThat(ParentLogins.base("X", "")).matches("[a-z0-9._-]{3,60}");
        assertThat(ParentLogins.base("Konstantynopolitańczykowianeczka", "Brzęczyszczykiewicz-Konstantynopolitańska"))
                .hasSizeLessThanOrEqualTo(50).matches("[a-z0-9._-]{3,60}");
    }

    @Property(tries = 300)
    void everyPasswordMeetsThePolicyAndAvoidsLookAlikes(@ForAll long seed) {
        String password = ParentLogins.initialPassword(new Random(seed));
        assertThat(password).hasSize(ParentLogins.PASSWORD_LENGTH).doesNotContainAnyWhitespaces()
                .doesNotContain("0", "O", "1", "l", "I");
        assertThat(PasswordPolicy.violations("anna.nowak", password.toCharArray())).isEmpty();
    }
}
