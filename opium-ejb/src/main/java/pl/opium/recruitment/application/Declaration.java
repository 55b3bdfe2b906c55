package pl.opium.recruitment.application;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

/**
 * A criterion the parent declares the candidate meets — a statutory one by its name
 * ({@code LARGE_FAMILY}) or a municipal one by its code — and what the institution found.
 */
@Embeddable
public class Declaration implements Serializable {

    private static final long serialVersionUID = 1L;

    private String criterion;

    @Enumerated(EnumType.STRING)
    private DeclarationStatus status = DeclarationStatus.DECLARED;

    private String reason;

    protected Declaration() {
    }

    public Declaration(String criterion) {
        this.criterion = criterion;
    }

    void judge(boolean confirmed, String why) {
        this.status = confirmed ? DeclarationStatus.CONFIRMED : DeclarationStatus.REJECTED;
        this.reason = why == null || why.isBlank() ? null : why.trim();
    }

    /** A rejection's reason may speak of the family; it goes with the personal data. */
    void forgetReason() {
        this.reason = null;
    }

    public boolean isConfirmed() {
        return status == DeclarationStatus.CONFIRMED;
    }

    public String getCriterion() {
        return criterion;
    }

    public DeclarationStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    /**
     * One declaration per criterion. Hibernate finds an element of a set in its snapshot by equals:
     * without it every transaction that read the declarations rewrote them and raised the
     * application's version, and the next save by whoever had it open was refused as a conflict.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Declaration declaration && Objects.equals(declaration.criterion, criterion);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(criterion);
    }
}
