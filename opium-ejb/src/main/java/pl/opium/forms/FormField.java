package pl.opium.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One question of a form.
 *
 * @param key       stable name of the answer (lower case letters, digits, underscores)
 * @param min       smallest number allowed (numeric fields), or null
 * @param max       largest number allowed (numeric fields), or null
 * @param decimals  decimal places allowed (NUMBER), or null for any
 * @param options   the choices (choice fields)
 * @param maxLength longest text allowed (text fields), or null for the default
 */
public record FormField(String key, String label, String help, FieldType type, boolean required, BigDecimal min,
                        BigDecimal max, Integer decimals, List<String> options, Integer maxLength) implements FormItem {

    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    public static final int TEXT_LIMIT = 500;
    public static final int LONG_TEXT_LIMIT = 10_000;

    public FormField {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new FormDefinitionException("forms.badKey", key);
        }
        if (label == null || label.isBlank()) {
            throw new FormDefinitionException("forms.noLabel", key);
        }
        if (type == null) {
            throw new FormDefinitionException("forms.noType", label);
        }
        options = options == null ? List.of() : List.copyOf(options);
        if (type.isChoice() && (options.isEmpty() || options.stream().anyMatch(o -> o == null || o.isBlank())
                || options.stream().distinct().count() != options.size())) {
            throw new FormDefinitionException("forms.badOptions", label);
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new FormDefinitionException("forms.minAboveMax", label);
        }
        if (decimals != null && (type != FieldType.NUMBER || decimals < 0 || decimals > 6)) {
            throw new FormDefinitionException("forms.badDecimals", label);
        }
    }

    /** A field with only a key, a label, a type and whether it is required. */
    public static FormField of(String key, String label, FieldType type, boolean required) {
        return new FormField(key, label, null, type, required, null, null, null, List.of(), null);
    }

    public static FormField choice(String key, String label, FieldType type, boolean required, String... options) {
        return new FormField(key, label, null, type, required, null, null, null, List.of(options), null);
    }

    public static FormField number(String key, String label, boolean required, BigDecimal min, BigDecimal max,
                                   Integer decimals) {
        return new FormField(key, label, null, FieldType.NUMBER, required, min, max, decimals, List.of(), null);
    }

    /** The longest text this field takes. */
    public int textLimit() {
        return maxLength != null ? maxLength : type == FieldType.LONG_TEXT ? LONG_TEXT_LIMIT : TEXT_LIMIT;
    }
}
