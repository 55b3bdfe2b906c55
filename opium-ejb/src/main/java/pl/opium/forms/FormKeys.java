package pl.opium.forms;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Keys for what the form builder creates: people name their fields, the form needs stable keys.
 * "Liczba uczniów ogółem" becomes {@code liczba_uczniow_ogolem}; a key already taken gets a number.
 */
public final class FormKeys {

    private static final int MAX = 40;

    private FormKeys() {
    }

    public static String fromLabel(String label, Set<String> taken) {
        String plain = Normalizer.normalize(label == null ? "" : label.replace('ł', 'l').replace('Ł', 'L'),
                        Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (plain.isEmpty() || !Character.isLetter(plain.charAt(0))) {
            plain = "pole_" + plain;
        }
        String base = trimmed(plain, MAX);
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            String suffix = "_" + n;
            key = trimmed(base, MAX - suffix.length()) + suffix;
        }
        return key;
    }

    private static String trimmed(String key, int length) {
        String cut = key.length() <= length ? key : key.substring(0, length);
        return cut.endsWith("_") ? cut.substring(0, cut.length() - 1) : cut;
    }
}
