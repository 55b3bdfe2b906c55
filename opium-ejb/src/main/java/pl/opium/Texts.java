package pl.opium;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words the EJB module writes into files and e-mails (workbook headings, statuses, notices), from
 * the bundle {@code pl/opium/texts.properties}: Polish, the language of the city's records. An English
 * bundle ({@code texts_en.properties}) stands beside it, key for key (a unit test keeps them so). The
 * pages' own words are the web module's bundle.
 */
public final class Texts {

    private static final String BUNDLE = "pl.opium.texts";
    /** No fallback to the server's default locale: an English JVM must still write Polish records. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private Texts() {
    }

    /** The Polish text; arguments fill {0}, {1}… (give numbers as text: MessageFormat would group them). */
    public static String get(String key, Object... arguments) {
        return in(POLISH, key, arguments);
    }

    public static String in(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
