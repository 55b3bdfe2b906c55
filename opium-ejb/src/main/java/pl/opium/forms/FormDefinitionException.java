package pl.opium.forms;

import pl.opium.OpiumException;

/** A form built wrong in the builder: the key says what, in Polish, on the builder's page. */
public class FormDefinitionException extends OpiumException {

    public FormDefinitionException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
