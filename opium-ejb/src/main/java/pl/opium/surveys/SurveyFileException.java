package pl.opium.surveys;

import pl.opium.OpiumException;

/**
 * A file that cannot serve as a survey template or reply: not Excel, encrypted, with macros, in a
 * format POI cannot read, or damaged. The message says what to do instead; nothing is stored.
 */
public class SurveyFileException extends OpiumException {

    public SurveyFileException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
