package pl.opium.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * What a new password must satisfy: at least 10 characters with a letter and a digit, not the
 * user name. Returns message keys, so the user reads every reason at once.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    public static List<String> violations(String username, char[] password) {
        List<String> problems = new ArrayList<>();
        String text = new String(password);
        if (text.length() < MIN_LENGTH) {
            problems.add("identity.password.tooShort");
        }
        if (text.chars().noneMatch(Character::isLetter) || text.chars().noneMatch(Character::isDigit)) {
            problems.add("identity.password.lettersAndDigits");
        }
        if (username != null && !username.isBlank() && text.toLowerCase().contains(username.toLowerCase())) {
            problems.add("identity.password.containsUsername");
        }
        return problems;
    }
}
