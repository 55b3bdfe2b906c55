package pl.opium.messaging.board;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of the files in the ZIP of all replies: {@code <institution> - <subject> - <file name>},
 * made safe for Windows (no {@code <>:"/\|?*} or control characters, no trailing dot or space, no
 * reserved device names, at most 180 characters so the path fits when unpacked on a desktop) and
 * unique within one archive ("(2)" before the extension). Polish letters stay.
 */
public final class ZipNames {

    private static final Pattern FORBIDDEN = Pattern.compile("[<>:\"/\\\\|?*\\p{Cntrl}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    static final int MAX_LENGTH = 180;
    private static final int MAX_EXTENSION = 12;

    private final Set<String> used = new HashSet<>();

    /** The name for one reply file; never the same (ignoring case, as Windows does) twice in one archive. */
    public String name(String institution, String subject, String fileName) {
        String base = clean(institution) + " - " + clean(subject) + " - " + clean(fileName);
        int dot = base.lastIndexOf('.');
        String extension = dot > base.length() - MAX_EXTENSION - 2 && dot > 0 ? base.substring(dot) : "";
        String stem = extension.isEmpty() ? base : base.substring(0, dot);
        String candidate = fit(stem, extension);
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = fit(stem, " (" + n + ")" + extension);
        }
        return candidate;
    }

    /** A name reserved for a file the archive adds itself, such as the summary sheet. */
    public String reserve(String name) {
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static String fit(String stem, String suffix) {
        String trimmed = stem.length() + suffix.length() > MAX_LENGTH
                ? stem.substring(0, MAX_LENGTH - suffix.length()).strip() : stem;
        return trimmed + suffix;
    }

    static String clean(String part) {
        String text = part == null ? "" : Normalizer.normalize(part, Normalizer.Form.NFC);
        text = SPACES.matcher(FORBIDDEN.matcher(text).replaceAll("_")).replaceAll(" ").strip();
        while (text.endsWith(".") || text.endsWith(" ")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty()) {
            return "_";
        }
        int dot = text.indexOf('.');
        String device = (dot < 0 ? text : text.substring(0, dot)).toUpperCase(Locale.ROOT).strip();
        return RESERVED.contains(device) ? "_" + text : text;
    }
}
