package pl.opium.notifications;

import pl.opium.Texts;

/** The words of the e-mail that tells an account's owner their password was set by someone else. */
final class PasswordResetText {

    static final String SUBJECT = Texts.get("mail.passwordReset.subject");

    private PasswordResetText() {
    }

    static String body(String firstName, String username) {
        return Texts.get("mail.passwordReset.body", firstName == null || firstName.isBlank() ? "" : ", " + firstName,
                username);
    }
}
