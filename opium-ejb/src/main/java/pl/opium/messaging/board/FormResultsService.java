package pl.opium.messaging.board;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import pl.opium.OpiumException;
import pl.opium.files.Attachment;
import pl.opium.forms.FormService;
import pl.opium.identity.Role;
import pl.opium.messaging.Message;
import pl.opium.messaging.ReplyExpected;

import java.io.IOException;
import java.io.OutputStream;

/** The answers to a form message, for those who follow it: by institution, exported, a file given in a field. */
@Stateless
@RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
public class FormResultsService {

    @EJB
    private StatusBoardService board;

    @EJB
    private FormService forms;

    /** The submitted answers to a form message, by institution, with the form. */
    public FormResults formResults(long messageId) {
        Message message = formMessage(messageId);
        long formId = message.getForm().getId();
        return new FormResults(message.getSubject(), forms.definition(formId),
                forms.submissions(formId, message.formContext()));
    }

    /** The submitted answers to a form message as XLSX or CSV: a row per institution or, given a table, per table row. */
    public void exportFormAnswers(long messageId, String tableKey, boolean csv, OutputStream out) throws IOException {
        Message message = formMessage(messageId);
        forms.export(message.getForm().getId(), message.formContext(), tableKey, csv, out);
    }

    /** A file an institution (by RSPO number) gave in a form message's file field. */
    public Attachment formFile(long messageId, String rspo, String key) {
        return formResults(messageId).submissions().stream()
                .filter(submission -> java.util.Objects.equals(submission.rspo(), rspo))
                .map(submission -> submission.answers().get(key))
                .filter(Attachment.class::isInstance).map(Attachment.class::cast)
                .findFirst().orElseThrow(() -> new OpiumException("files.missing"));
    }

    private Message formMessage(long messageId) {
        Message message = board.followed(messageId);
        if (message.getReplyExpected() != ReplyExpected.FORM) {
            throw new OpiumException("messaging.notAForm");
        }
        return message;
    }
}
