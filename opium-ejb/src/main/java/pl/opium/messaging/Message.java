package pl.opium.messaging;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import pl.opium.OpiumException;
import pl.opium.files.Attachment;
import pl.opium.forms.Form;
import pl.opium.identity.UserAccount;
import pl.opium.persistence.BaseEntity;
import pl.opium.registry.DepartmentUnit;
import pl.opium.workflow.Actor;
import pl.opium.workflow.Transition;
import pl.opium.workflow.WorkflowException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A message from the department to institutions. Its life is the approval chain of
 * {@link MessageApproval}: it is written as a draft, submitted, approved by the head of the author's
 * unit (and the director where required), and sent; any approver may return it with a comment.
 * There is no way to set the status directly: only the verbs below, each checked by the table.
 * Content can change only while the message is with its author.
 */
@Entity
public class Message extends BaseEntity implements ApprovalSubject {

    @NotBlank
    @Size(max = 300)
    private String subject;

    @Size(max = 200_000)
    @Column(length = 200_000)
    private String body;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private UserAccount author;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private DepartmentUnit unit;

    @Enumerated(EnumType.STRING)
    private MessageStatus status = MessageStatus.DRAFT;

    /** The author asked for the director's approval too. */
    @Column(name = "director_approval_requested")
    private boolean directorApprovalRequested;

    /** The unit's rule when the message was written. */
    @Column(name = "director_approval_required")
    private boolean unitRequiresDirector;

    @Enumerated(EnumType.STRING)
    private Priority priority = Priority.NORMAL;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_expected")
    private ReplyExpected replyExpected = ReplyExpected.NONE;

    @Column(name = "reply_deadline")
    private LocalDate replyDeadline;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @Column(name = "sent_at")
    private Instant sentAt;

    @ElementCollection
    @CollectionTable(name = "message_recipient", joinColumns = @JoinColumn(name = "message_id"))
    private Set<RecipientRef> recipients = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "message_attachment", joinColumns = @JoinColumn(name = "message_id"))
    @OrderColumn(name = "position")
    private List<Attachment> attachments = new ArrayList<>();

    /** The Excel template of a survey message (reply expected: SURVEY). */
    @Embedded
    @AttributeOverride(name = "sha256", column = @Column(name = "survey_sha256"))
    @AttributeOverride(name = "fileName", column = @Column(name = "survey_file_name"))
    @AttributeOverride(name = "mediaType", column = @Column(name = "survey_media_type"))
    @AttributeOverride(name = "size", column = @Column(name = "survey_size_bytes"))
    private Attachment surveyTemplate;

    @ElementCollection
    @CollectionTable(name = "message_survey_sheet", joinColumns = @JoinColumn(name = "message_id"))
    @OrderColumn(name = "position")
    private List<SurveySheet> surveySheets = new ArrayList<>();

    /** The electronic form a form message asks to be filled (reply expected: FORM). */
    @ManyToOne(fetch = FetchType.LAZY)
    private Form form;

    protected Message() {
    }

    public Message(UserAccount author, DepartmentUnit unit, String subject) {
        this.author = author;
        this.unit = unit;
        this.unitRequiresDirector = unit.isDirectorApprovalRequired();
        this.subject = subject;
    }

    /** Changes the content; only a draft or a returned message can be edited. */
    public void edit(String newSubject, String html, Priority newPriority, ReplyExpected expected, LocalDate deadline,
                     boolean askDirector) {
        requireEditable();
        this.subject = newSubject;
        this.body = RichText.sanitize(html);
        this.priority = newPriority;
        this.replyExpected = expected;
        if (expected != ReplyExpected.SURVEY) {
            surveyTemplate = null;
            surveySheets.clear();
        }
        if (expected != ReplyExpected.FORM) {
            form = null;
        }
        this.replyDeadline = deadline;
        this.directorApprovalRequested = askDirector;
    }

    /** Sets whom the message goes to; like the content, only while the message is with its author. */
    public void address(Collection<Recipient> newRecipients) {
        requireEditable();
        recipients.clear();
        newRecipients.stream().map(RecipientRef::of).forEach(recipients::add);
    }

    /** Sets the files sent with the message; like the content, only while it is with its author. */
    public void attach(Collection<Attachment> files) {
        requireEditable();
        attachments.clear();
        attachments.addAll(files);
    }

    /**
     * Sets the survey's template and the sheets that define its structure (checked by the surveys
     * feature before it comes here); only for a survey message still with its author.
     */
    public void attachSurvey(Attachment template, List<SurveySheet> sheets) {
        requireEditable();
        if (replyExpected != ReplyExpected.SURVEY) {
            throw new OpiumException("messaging.notASurvey");
        }
        surveyTemplate = template;
        surveySheets.clear();
        surveySheets.addAll(sheets);
    }

    /** Sets the form institutions fill in as their reply; only for a form message still with its author. */
    public void attachForm(Form newForm) {
        requireEditable();
        if (replyExpected != ReplyExpected.FORM) {
            throw new OpiumException("messaging.notAForm");
        }
        form = newForm;
    }

    /**
     * Moves the reply deadline of a sent message (later or earlier, never into the past): the
     * author's answer to "we need one more week".
     */
    public void changeDeadline(LocalDate newDeadline, LocalDate today) {
        if (status != MessageStatus.SENT) {
            throw new WorkflowException("messaging.notSent");
        }
        if (replyExpected == ReplyExpected.NONE) {
            throw new OpiumException("messaging.noReplyExpected");
        }
        if (newDeadline == null || newDeadline.isBefore(today)) {
            throw new OpiumException("messaging.deadlineInPast");
        }
        replyDeadline = newDeadline;
    }

    public List<Recipient> recipients() {
        return recipients.stream().map(RecipientRef::toRecipient).toList();
    }

    public MessageStatus submit(Actor actor) {
        return perform(MessageAction.SUBMIT, actor);
    }

    public MessageStatus approve(Actor approver) {
        return perform(MessageAction.APPROVE, approver);
    }

    public MessageStatus returnToAuthor(Actor approver) {
        return perform(MessageAction.RETURN, approver);
    }

    /**
     * Applies an action of the approval chain; returns the state it left. Sending records the
     * moment, from which delivery and reply deadlines count.
     */
    public MessageStatus perform(MessageAction action, Actor actor) {
        if (action == MessageAction.SUBMIT && recipients.isEmpty()) {
            throw new WorkflowException("messaging.noRecipients");
        }
        if (action == MessageAction.SUBMIT && replyExpected == ReplyExpected.SURVEY && surveyTemplate == null) {
            throw new WorkflowException("messaging.surveyNeedsTemplate");
        }
        if (action == MessageAction.SUBMIT && replyExpected == ReplyExpected.FORM && form == null) {
            throw new WorkflowException("messaging.formNeeded");
        }
        Transition<MessageStatus, MessageAction, ApprovalSubject> step =
                MessageApproval.WORKFLOW.apply(status, action, this, actor);
        MessageStatus left = status;
        status = step.to();
        if (status == MessageStatus.SENT && sentAt == null) {
            sentAt = Instant.now();
        }
        return left;
    }

    private void requireEditable() {
        if (status != MessageStatus.DRAFT && status != MessageStatus.RETURNED) {
            throw new WorkflowException("messaging.notEditable", status.name());
        }
    }

    @Override
    public long authorId() {
        return author.getId();
    }

    @Override
    public long authorUnitId() {
        return unit.getId();
    }

    @Override
    public boolean directorApprovalRequired() {
        return unitRequiresDirector || directorApprovalRequested;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public DepartmentUnit getUnit() {
        return unit;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public boolean isDirectorApprovalRequested() {
        return directorApprovalRequested;
    }

    public Priority getPriority() {
        return priority;
    }

    public ReplyExpected getReplyExpected() {
        return replyExpected;
    }

    public LocalDate getReplyDeadline() {
        return replyDeadline;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Attachment getSurveyTemplate() {
        return surveyTemplate;
    }

    public List<SurveySheet> getSurveySheets() {
        return List.copyOf(surveySheets);
    }

    public Form getForm() {
        return form;
    }

    /** The context a form message's answers are stored under. */
    public String formContext() {
        return "message:" + getId();
    }

    public List<Attachment> getAttachments() {
        return List.copyOf(attachments);
    }
}
