package pl.opium.identity;

import at.favre.lib.crypto.bcrypt.BCrypt;

/**
 * bcrypt in the modular crypt format ({@code $2a$12$…}) that Elytron's jdbc-realm reads with its
 * {@code modular-crypt-mapper}: the application writes the hash, the container verifies it at login.
 */
public final class PasswordHasher {

    /** Cost 12: about a quarter of a second on a 2-core server, far more for an attacker. */
    static final int COST = 12;

    private PasswordHasher() {
    }

    public static String hash(char[] password) {
        return BCrypt.with(BCrypt.Version.VERSION_2A).hashToString(COST, password);
    }

    /** Cheaper hash for the demo city's hundreds of accounts; never used for real passwords. */
    public static String hashForDemo(char[] password) {
        return BCrypt.with(BCrypt.Version.VERSION_2A).hashToString(6, password);
    }

    public static boolean matches(char[] password, String hash) {
        return BCrypt.verifyer().verify(password, hash).verified;
    }
}
