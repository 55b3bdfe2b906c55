package pl.opium.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * Identity of every row, from one sequence allocated 50 at a time so that a fan-out of hundreds of
 * rows inserts in batches. Append-only records (audit entries, workflow history) need nothing more;
 * records people edit add a version ({@link BaseEntity}).
 */
@MappedSuperclass
public abstract class Identified {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opium_seq")
    @SequenceGenerator(name = "opium_seq", sequenceName = "opium_seq", allocationSize = 50)
    private Long id;

    public Long getId() {
        return id;
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || !getClass().equals(other.getClass())) {
            return false;
        }
        return id != null && id.equals(((Identified) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
