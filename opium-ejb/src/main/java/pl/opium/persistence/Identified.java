package pl.opium.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.proxy.HibernateProxy;

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
        // a lazy reference is a Hibernate proxy: compare the entity classes, and ids through the getter
        if (!(other instanceof Identified that) || entityClass(this) != entityClass(that)) {
            return false;
        }
        Long mine = getId();
        return mine != null && mine.equals(that.getId());
    }

    @Override
    public int hashCode() {
        return entityClass(this).hashCode();
    }

    /** The entity's class, without loading a lazy reference (whose class is a generated proxy). */
    private static Class<?> entityClass(Object entity) {
        return entity instanceof HibernateProxy proxy
                ? proxy.getHibernateLazyInitializer().getPersistentClass() : entity.getClass();
    }
}
