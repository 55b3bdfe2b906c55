package pl.opium.web.messaging;

import pl.opium.identity.UserAccount;

/**
 * A person picked in an autocomplete, as the text "id · label": the field keeps plain strings, so
 * the chosen people survive round trips without a converter, and the id is read back on saving.
 */
final class PersonToken {

    private static final String SEPARATOR = " · ";

    private PersonToken() {
    }

    /** "123 · Anna Nowak (SP 12)": the person and where they work. */
    static String of(UserAccount account) {
        String where = account.getInstitution() != null ? account.getInstitution().getShortName()
                : account.getUnit() != null ? account.getUnit().getName() : "";
        return of(account.getId(), account.getFullName() + " (" + where + ")");
    }

    static String of(long accountId, String label) {
        return accountId + SEPARATOR + label;
    }

    /** The label without the id. */
    static String label(String token) {
        int end = token.indexOf(SEPARATOR);
        return end < 0 ? token.strip() : token.substring(end + SEPARATOR.length()).strip();
    }

    static long accountId(String token) {
        int end = token.indexOf(SEPARATOR);
        return Long.parseLong(end < 0 ? token.strip() : token.substring(0, end).strip());
    }
}
