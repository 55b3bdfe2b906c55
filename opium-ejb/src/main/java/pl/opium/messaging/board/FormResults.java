package pl.opium.messaging.board;

import pl.opium.forms.FormDefinition;
import pl.opium.forms.FormSubmission;

import java.io.Serializable;
import java.util.List;

/** What a form message brought back: the form and every institution's submitted answers. */
public record FormResults(String subject, FormDefinition definition, List<FormSubmission> submissions)
        implements Serializable {
}
