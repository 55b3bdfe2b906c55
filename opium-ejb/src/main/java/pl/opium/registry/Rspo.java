package pl.opium.registry;

/**
 * Number of an institution in the national register of schools and institutions (RSPO): a
 * positive integer assigned by the register, without leading zeros, at most 10 digits.
 */
public final class Rspo {

    private Rspo() {
    }

    public static boolean isValid(String value) {
        return value != null && value.matches("[1-9]\\d{0,9}");
    }
}
