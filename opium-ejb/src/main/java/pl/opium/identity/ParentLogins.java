package pl.opium.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Logins and first passwords of the parents' local accounts the department makes: a login a parent
 * can type from their own name ("anna.nowak"), and a password to hand over on paper, without the
 * letters and digits people confuse when they copy it (0/O, 1/l/I).
 */
public final class ParentLogins {

    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    static final int PASSWORD_LENGTH = 12;
    /** Leaves room in the 60 characters of a login for a number when the name is taken. */
    private static final int BASE_LENGTH = 50;

    private ParentLogins() {
    }

    /** "Łucja Żądło-Wiśniewska" → "lucja.zadlo-wisniewska": only what a login may hold. */
    public static String base(String firstName, String lastName) {
        String login = plain(firstName) + "." + plain(lastName);
        login = login.length() > BASE_LENGTH ? login.substring(0, BASE_LENGTH) : login;
        return login.length() < 3 ? login + "-rodzic" : login;
    }

    /** Twelve characters, at least one letter and one digit (the password policy's rules), from a strong generator. */
    public static String initialPassword(RandomGenerator random) {
        String all = LETTERS + DIGITS;
        char[] password = new char[PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = all.charAt(random.nextInt(all.length()));
        }
        // one place a letter, another a digit, wherever they fall
        int letter = random.nextInt(PASSWORD_LENGTH);
        int digit = (letter + 1 + random.nextInt(PASSWORD_LENGTH - 1)) % PASSWORD_LENGTH;
        password[letter] = LETTERS.charAt(random.nextInt(LETTERS.length()));
        password[digit] = DIGITS.charAt(random.nextInt(DIGITS.length()));
        return new String(password);
    }

    private static String plain(String name) {
        String lower = name == null ? "" : name.strip().toLowerCase(Locale.forLanguageTag("pl")).replace('ł', 'l');
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("\\s+", "-").replaceAll("[^a-z0-9-]", "");
    }
}
