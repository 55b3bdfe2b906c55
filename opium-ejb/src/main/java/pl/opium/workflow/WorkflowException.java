package pl.opium.workflow;

import pl.opium.OpiumException;

/** A transition the table does not allow: wrong state, wrong person, or a guard that does not hold. */
public class WorkflowException extends OpiumException {

    public WorkflowException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
