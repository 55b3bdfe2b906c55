package pl.opium.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * PESEL, the personal id number: 11 digits, the first six the birth date (the month carries the
 * century: +80 for the 1800s, +0 for the 1900s, +20 for the 2000s, +40 for the 2100s, +60 for the
 * 2200s), the last a checksum with weights 1-3-7-9.
 */
public final class Pesel {

    private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

    private Pesel() {
    }

    /** The PESEL of someone born on the day in the 2000s with the serial (0–9999; its last digit the sex). */
    public static String of(LocalDate birth, int serial) {
        if (birth.getYear() < 2000 || birth.getYear() > 2099 || serial < 0 || serial > 9999) {
            throw new IllegalArgumentException("PESEL for " + birth + " / " + serial);
        }
        String digits = String.format("%02d%02d%02d%04d", birth.getYear() % 100, birth.getMonthValue() + 20,
                birth.getDayOfMonth(), serial);
        return digits + checkDigit(digits);
    }

    public static boolean isValid(String value) {
        return value != null && value.matches("\\d{11}") && checksumMatches(value) && birthDate(value).isPresent();
    }

    /** The birth date the number encodes, or empty where the digits are no date. */
    public static Optional<LocalDate> birthDate(String value) {
        if (value == null || !value.matches("\\d{11}")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(value.substring(0, 2));
        int month = Integer.parseInt(value.substring(2, 4));
        int day = Integer.parseInt(value.substring(4, 6));
        int century = switch (month / 20) {
            case 0 -> 1900;
            case 1 -> 2000;
            case 2 -> 2100;
            case 3 -> 2200;
            default -> 1800;
        };
        try {
            return Optional.of(LocalDate.of(century + year, month % 20, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Female when the tenth digit is even. */
    public static boolean isFemale(String value) {
        return (value.charAt(9) - '0') % 2 == 0;
    }

    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        return (10 - sum % 10) % 10;
    }

    private static boolean checksumMatches(String value) {
        return checkDigit(value) == value.charAt(10) - '0';
    }
}
