package pl.opium.surveys;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import pl.opium.files.Attachment;
import pl.opium.messaging.Message;
import pl.opium.persistence.BaseEntity;

import java.time.Instant;

/** One merge of a survey's copies: who asked, when, in which layout, and the resulting file. */
@Entity
@Table(name = "survey_merge")
@NamedQuery(name = SurveyMergeRun.INTERRUPT, query = """
        update SurveyMergeRun r set r.status = pl.opium.surveys.MergeStatus.INTERRUPTED, r.finishedAt = :now,
        r.version = r.version + 1 where r.status = pl.opium.surveys.MergeStatus.RUNNING""")
public class SurveyMergeRun extends BaseEntity {

    /** Marks the merges still running as interrupted: no merge outlives the server that ran it. */
    static final String INTERRUPT = "SurveyMergeRun.interrupt";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Message message;

    @Enumerated(EnumType.STRING)
    private SurveyMerge.Layout layout;

    @Enumerated(EnumType.STRING)
    private MergeStatus status = MergeStatus.RUNNING;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Embedded
    private Attachment file;

    @Column(name = "merged_copies")
    private Integer mergedCopies;

    @Column(name = "merged_rows")
    private Long mergedRows;

    protected SurveyMergeRun() {
    }

    SurveyMergeRun(Message message, SurveyMerge.Layout layout, String by, Instant at) {
        this.message = message;
        this.layout = layout;
        this.requestedBy = by;
        this.startedAt = at;
    }

    void done(Attachment result, SurveyMerge.Summary summary, Instant at) {
        status = MergeStatus.DONE;
        file = result;
        mergedCopies = summary.sources();
        mergedRows = summary.rows();
        finishedAt = at;
    }

    void failed(Instant at) {
        status = MergeStatus.FAILED;
        finishedAt = at;
    }

    public Message getMessage() {
        return message;
    }

    public SurveyMerge.Layout getLayout() {
        return layout;
    }

    public MergeStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Attachment getFile() {
        return file;
    }

    public Integer getMergedCopies() {
        return mergedCopies;
    }

    public Long getMergedRows() {
        return mergedRows;
    }
}
