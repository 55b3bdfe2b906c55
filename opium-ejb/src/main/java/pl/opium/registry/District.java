package pl.opium.registry;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import pl.opium.persistence.BaseEntity;

/** A district (dzielnica / osiedle) of the city. */
@Entity
@Cacheable
public class District extends BaseEntity {

    @NotBlank
    @Size(max = 100)
    private String name;

    protected District() {
    }

    public District(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }
}
