package pl.opium.messaging.inbox;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.validation.constraints.Size;
import pl.opium.OpiumException;
import pl.opium.files.Attachment;
import pl.opium.messaging.ReplyExpected;
import pl.opium.messaging.delivery.Delivery;
import pl.opium.persistence.BaseEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What an institution (or a person) answered to a message. A reply is accepted whenever it comes;
 * one that comes after the deadline's day (Polish time) is marked late. Until the deadline the
 * institution may change it; after that only when the author reopens it.
 */
@Entity
public class Reply extends BaseEntity {

    /** Deadlines are days in Poland: a reply on the deadline's day until midnight is on time. */
    public static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    private Delivery delivery;

    @Size(max = 20_000)
    private String text;

    @Enumerated(EnumType.STRING)
    private ReplyStatus status = ReplyStatus.SUBMITTED;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    private boolean late;

    @ElementCollection
    @CollectionTable(name = "reply_attachment", joinColumns = @JoinColumn(name = "reply_id"))
    @OrderColumn(name = "position")
    private List<Attachment> attachments = new ArrayList<>();

    protected Reply() {
    }

    Reply(Delivery delivery) {
        this.delivery = delivery;
    }

    /**
     * Records the answer. What the message asked for must be there: text, or at least one file.
     * A change after the deadline needs the author to have reopened the reply.
     */
    void submit(ReplyExpected expected, LocalDate deadline, String newText, List<Attachment> files, String by,
                Instant at) {
        if (expected == ReplyExpected.NONE) {
            throw new OpiumException("messaging.noReplyExpected");
        }
        String cleanText = newText == null || newText.isBlank() ? null : newText.strip();
        boolean needsText = expected == ReplyExpected.TEXT || expected == ReplyExpected.TEXT_AND_ATTACHMENTS;
        boolean needsFile = expected == ReplyExpected.ATTACHMENTS || expected == ReplyExpected.TEXT_AND_ATTACHMENTS
                || expected == ReplyExpected.SURVEY;
        if (needsText && cleanText == null) {
            throw new OpiumException("messaging.replyNeedsText");
        }
        if (needsFile && files.isEmpty()) {
            throw new OpiumException("messaging.replyNeedsFile");
        }
        boolean afterDeadline = isLate(deadline, at);
        if (submittedAt != null && status == ReplyStatus.SUBMITTED && afterDeadline) {
            throw new OpiumException("messaging.replyClosed");
        }
        this.text = cleanText;
        this.attachments.clear();
        this.attachments.addAll(files);
        this.submittedAt = at;
        this.submittedBy = by;
        this.late = afterDeadline;
        this.status = ReplyStatus.SUBMITTED;
    }

    /** The author sends the reply back for correction. */
    public void reopen() {
        status = ReplyStatus.REOPENED;
    }

    static boolean isLate(LocalDate deadline, Instant at) {
        return deadline != null && at.atZone(POLAND).toLocalDate().isAfter(deadline);
    }

    /** Whether the institution may change the reply now. */
    public boolean isChangeable(LocalDate deadline, Instant now) {
        return status == ReplyStatus.REOPENED || !isLate(deadline, now);
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public String getText() {
        return text;
    }

    public ReplyStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public boolean isLate() {
        return late;
    }

    public List<Attachment> getAttachments() {
        return List.copyOf(attachments);
    }
}
