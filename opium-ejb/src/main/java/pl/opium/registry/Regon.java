package pl.opium.registry;

/**
 * REGON, the statistical business number: 9 digits (an entity) or 14 digits (a local unit), the
 * last one a checksum with the weights published by GUS; a sum modulo 11 of 10 gives a 0.
 */
public final class Regon {

    private static final int[] WEIGHTS_9 = {8, 9, 2, 3, 4, 5, 6, 7};
    private static final int[] WEIGHTS_14 = {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};

    private Regon() {
    }

    public static boolean isValid(String value) {
        if (value == null || !value.matches("\\d{9}|\\d{14}")) {
            return false;
        }
        if (value.length() == 14 && !isValid(value.substring(0, 9))) {
            return false;
        }
        int[] weights = value.length() == 9 ? WEIGHTS_9 : WEIGHTS_14;
        return checkDigit(value, weights) == value.charAt(value.length() - 1) - '0';
    }

    /** The check digit for the first 8 (or 13) digits. */
    public static int checkDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return sum % 11 % 10;
    }

    /** Completes 8 digits with their check digit into a 9-digit REGON. */
    public static String complete9(String eightDigits) {
        if (eightDigits == null || !eightDigits.matches("\\d{8}")) {
            throw new IllegalArgumentException("A 9-digit REGON starts with 8 digits: " + eightDigits);
        }
        return eightDigits + checkDigit(eightDigits, WEIGHTS_9);
    }
}
