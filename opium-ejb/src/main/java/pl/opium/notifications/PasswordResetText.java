package pl.opium.notifications;

/** The words of the e-mail that tells an account's owner their password was set by someone else. */
final class PasswordResetText {

    static final String SUBJECT = "OPIUM: ustawiono nowe hasło do Twojego konta";

    private PasswordResetText() {
    }

    static String body(String firstName, String username) {
        return "Dzień dobry" + (firstName == null || firstName.isBlank() ? "" : ", " + firstName) + ",\n\n"
                + "ustawiono nowe hasło do konta „" + username + "” w systemie OPIUM. Przy pierwszym logowaniu\n"
                + "trzeba będzie wybrać własne hasło. Wszystkie wcześniej otwarte sesje tego konta zostały zakończone.\n\n"
                + "Jeśli nie prosiłeś(-aś) o nowe hasło, zadzwoń do wydziału edukacji.\n\n"
                + "Ta wiadomość nie zawiera hasła ani odnośnika; nie odpowiadaj na nią.\n";
    }
}
