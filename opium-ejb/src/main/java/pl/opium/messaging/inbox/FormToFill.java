package pl.opium.messaging.inbox;

import pl.opium.forms.FormDefinition;
import pl.opium.forms.FormResponse;

import java.io.Serializable;

/** A form message on its recipient's side: the message and reply so far, the form, and the answers saved so far (or null). */
public record FormToFill(ReceivedMessage received, long formId, FormDefinition definition, FormResponse response)
        implements Serializable {
}
