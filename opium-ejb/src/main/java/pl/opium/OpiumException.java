package pl.opium;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A business rule refused what the user asked for. Carries a key of the {@code messages} bundle
 * and its arguments, so that every layer shows the same Polish sentence. Rolls the transaction
 * back: nothing half-done survives a refusal.
 */
@ApplicationException(rollback = true, inherited = true)
public class OpiumException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public OpiumException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
