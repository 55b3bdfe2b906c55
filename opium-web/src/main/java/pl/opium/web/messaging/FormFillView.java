package pl.opium.web.messaging;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import pl.opium.OpiumException;
import pl.opium.files.Attachment;
import pl.opium.forms.FormAnswers;
import pl.opium.forms.FormAnswersRefused;
import pl.opium.forms.FormResponse;
import pl.opium.forms.ResponseStatus;
import pl.opium.messaging.Message;
import pl.opium.messaging.inbox.FormToFill;
import pl.opium.messaging.inbox.InboxService;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;
import pl.opium.web.forms.FormEntry;

import java.io.Serializable;

/**
 * An institution fills in the form a message asks for: saves drafts as often as it likes, then
 * submits, which is its reply. Whatever is refused stays on the page with the reason at its field.
 */
@Named
@ViewScoped
public class FormFillView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient InboxService inbox;

    private Long id;
    private FormToFill fill;
    private FormEntry entry;
    private Long version;
    private ResponseStatus status;
    private FormResponse response;

    public void load() {
        fill = Pages.loadOrRefuse(() -> inbox.formToFill(id));
        if (fill != null) {
            response = fill.response();
            version = response == null ? null : response.getVersion();
            status = response == null ? null : response.getStatus();
            entry = new FormEntry(fill.definition(), response == null ? null : response.answers(fill.definition()));
        }
    }

    public void saveDraft() {
        save(false);
    }

    public void submit() {
        save(true);
    }

    private void save(boolean submitting) {
        FormAnswers answers = entry.answers();
        if (answers == null) {
            return;
        }
        Pages.call(() -> inbox.answerForm(id, version, answers, submitting), this::showAtFields).ifPresent(done -> {
            response = done;
            version = done.getVersion();
            status = done.getStatus();
            if (submitting) {
                fill = inbox.formToFill(id);
            }
            Feedback.info(submitting ? "forms.submitted" : "forms.draftSaved");
        });
    }

    private boolean showAtFields(OpiumException refusal) {
        if (refusal instanceof FormAnswersRefused refused) {
            entry.show(refused.getProblems());
            return true;
        }
        return false;
    }

    public void uploadFile(FileUploadEvent event) {
        String key = (String) event.getComponent().getAttributes().get("fieldKey");
        AttachmentList.stored(event, (in, name) -> inbox.storeAnswerFile(id, in, name)).ifPresent(file -> entry.attach(key, file));
    }

    public Attachment fileOf(String key) {
        return entry.file(key);
    }

    /** Answers may be changed while a reply may be given (until the deadline, or reopened). */
    public boolean isChangeable() {
        return fill.received().replyPossible();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public FormToFill getFill() {
        return fill;
    }

    public Message getMessage() {
        return fill.received().message();
    }

    public FormEntry getEntry() {
        return entry;
    }

    public ResponseStatus getStatus() {
        return status;
    }

    public FormResponse getResponse() {
        return response;
    }
}
