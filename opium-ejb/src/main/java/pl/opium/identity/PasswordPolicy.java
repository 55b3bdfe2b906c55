package pl.opium.identity;

import me.gosimple.nbvcxz.resources.DictionaryUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a new password must satisfy, after NIST SP 800-63B: length rather than composition (at least
 * 10 characters, up to 128, any characters, no required mix), not one of the 100,000 passwords seen
 * most in breaches (nbvcxz's list, any letter case), not the login nor the name of the platform.
 * Returns message keys, so the user reads every reason at once.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /** Words that make a password easy to guess here, whatever else it holds. */
    private static final List<String> CONTEXT_WORDS = List.of("opium");

    private PasswordPolicy() {
    }

    public static List<String> violations(String username, char[] password) {
        List<String> problems = new ArrayList<>();
        String text = new String(password);
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.codePointCount(0, text.length()) < MIN_LENGTH) {
            problems.add("identity.password.tooShort");
        }
        if (text.length() > MAX_LENGTH) {
            problems.add("identity.password.tooLong");
        }
        if (Breached.LIST.containsKey(lower)) {
            problems.add("identity.password.breached");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("identity.password.containsUsername");
        }
        if (CONTEXT_WORDS.stream().anyMatch(lower::contains)) {
            problems.add("identity.password.contextWord");
        }
        return problems;
    }

    /** Loaded on first use: 100,000 entries, read once. */
    private static final class Breached {
        static final Map<String, Integer> LIST = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords);
    }
}
