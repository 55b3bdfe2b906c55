package pl.opium.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A record people edit: {@code @Version} makes the second of two people saving the same record
 * lose with a clear message instead of overwriting the first one's change.
 */
@MappedSuperclass
public abstract class BaseEntity extends Identified {

    @Version
    private long version;

    public long getVersion() {
        return version;
    }
}
