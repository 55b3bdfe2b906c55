package pl.opium.surveys;

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
import jakarta.persistence.Table;
import pl.opium.OpiumException;
import pl.opium.files.Attachment;
import pl.opium.messaging.delivery.Delivery;
import pl.opium.persistence.BaseEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A filled copy of a survey an institution uploaded, with what differed from the template. The
 * newest copy of a delivery is the current one (it is also the reply's file); the older ones stay as
 * the history. A copy that differs waits for the author to accept or reject it.
 */
@Entity
@Table(name = "survey_copy")
public class SurveyCopy extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Delivery delivery;

    @Embedded
    private Attachment file;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Enumerated(EnumType.STRING)
    private CopyVerdict verdict;

    @Column(name = "difference_count")
    private int differenceCount;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "is_current")
    private boolean current = true;

    @ElementCollection
    @CollectionTable(name = "survey_copy_difference", joinColumns = @JoinColumn(name = "copy_id"))
    @OrderColumn(name = "position")
    private List<CopyDifference> differences = new ArrayList<>();

    protected SurveyCopy() {
    }

    SurveyCopy(Delivery delivery, Attachment file, String by, Instant at, SurveyCheck.Result check) {
        this.delivery = delivery;
        this.file = file;
        this.uploadedBy = by;
        this.uploadedAt = at;
        this.verdict = check.matches() ? CopyVerdict.MATCHES : CopyVerdict.DIFFERS;
        this.differenceCount = check.total();
        check.differences().stream().map(CopyDifference::new).forEach(differences::add);
    }

    /** A newer copy came. */
    void supersede() {
        current = false;
    }

    /** The author takes a differing copy as it is, or rejects it. */
    void decide(boolean accept, String by, Instant at) {
        if (!current || verdict == CopyVerdict.MATCHES) {
            throw new OpiumException("surveys.nothingToDecide");
        }
        verdict = accept ? CopyVerdict.ACCEPTED : CopyVerdict.REJECTED;
        decidedBy = by;
        decidedAt = at;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public Attachment getFile() {
        return file;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public CopyVerdict getVerdict() {
        return verdict;
    }

    public int getDifferenceCount() {
        return differenceCount;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public boolean isCurrent() {
        return current;
    }

    public List<CopyDifference> getDifferences() {
        return List.copyOf(differences);
    }
}
