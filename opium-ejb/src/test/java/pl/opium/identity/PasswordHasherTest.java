package pl.opium.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

    @Test
    void producesModularCryptBcryptThatElytronReads() {
        String hash = PasswordHasher.hash("Źdźbło2026".toCharArray());

        assertThat(hash).startsWith("$2a$12$").hasSize(60);
        assertThat(hash).doesNotContain("Źdźbło2026");
    }

    @Test
    void verifiesTheRightPasswordOnlyAndSaltsEveryHash() {
        String first = PasswordHasher.hash("Haslo12345".toCharArray());
        String second = PasswordHasher.hash("Haslo12345".toCharArray());

        assertThat(first).isNotEqualTo(second);
        assertThat(PasswordHasher.matches("Haslo12345".toCharArray(), first)).isTrue();
        assertThat(PasswordHasher.matches("haslo12345".toCharArray(), first)).isFalse();
    }
}
