package pl.opium.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an edit changed, for the audit log: the fields whose values differ between two snapshots,
 * as {@code phone: "52 111" → "52 222"}. Fields are compared by name; a snapshot is the record's
 * own list of what matters about it.
 */
public final class Changes {

    private Changes() {
    }

    public static String between(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> field : after.entrySet()) {
            String old = before.get(field.getKey());
            if (!Objects.equals(blankToNull(old), blankToNull(field.getValue()))) {
                changed.add(field.getKey() + ": " + quoted(old) + " → " + quoted(field.getValue()));
            }
        }
        return changed.isEmpty() ? "no changes" : String.join("; ", changed);
    }

    private static String quoted(String value) {
        return blankToNull(value) == null ? "—" : "\"" + value + "\"";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
