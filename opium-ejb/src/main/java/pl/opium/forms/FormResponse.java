package pl.opium.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import pl.opium.OpiumException;
import pl.opium.persistence.BaseEntity;
import pl.opium.registry.Institution;

import java.time.Instant;

/**
 * One institution's answers to a form in a context ({@code message:42}): saved as a draft as often
 * as it likes, then submitted. Submitted answers can still be changed and submitted again.
 */
@Entity
@Table(name = "form_response")
public class FormResponse extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Form form;

    private String context;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Institution institution;

    @Column(name = "answers")
    private String answersJson;

    @Enumerated(EnumType.STRING)
    private ResponseStatus status = ResponseStatus.DRAFT;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "saved_by")
    private String savedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected FormResponse() {
    }

    FormResponse(Form form, String context, Institution institution) {
        this.form = form;
        this.context = context;
        this.institution = institution;
    }

    /** Submitted answers change only by a new submission, checked whole: a draft never replaces them. */
    void save(FormDefinition definition, FormAnswers answers, boolean submit, String by, Instant at) {
        if (!submit && status == ResponseStatus.SUBMITTED) {
            throw new OpiumException("forms.draftAfterSubmission");
        }
        answersJson = FormJson.write(definition, answers);
        savedBy = by;
        savedAt = at;
        if (submit) {
            status = ResponseStatus.SUBMITTED;
            submittedAt = at;
        }
    }

    public FormAnswers answers(FormDefinition definition) {
        return FormJson.readAnswers(definition, answersJson);
    }

    public Form getForm() {
        return form;
    }

    public String getContext() {
        return context;
    }

    public Institution getInstitution() {
        return institution;
    }

    public ResponseStatus getStatus() {
        return status;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
