package pl.opium.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import pl.opium.identity.UserAccount;
import pl.opium.persistence.BaseEntity;

import java.time.Instant;

/** A stored form: its definition as JSON, who built it and when. */
@Entity
@Table(name = "form_definition")
public class Form extends BaseEntity {

    private String title;

    @Column(name = "definition")
    private String definitionJson;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private UserAccount owner;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Form() {
    }

    Form(FormDefinition definition, UserAccount owner, Instant at) {
        this.title = definition.title();
        this.definitionJson = FormJson.write(definition);
        this.owner = owner;
        this.createdAt = at;
    }

    public FormDefinition definition() {
        return FormJson.readDefinition(definitionJson);
    }

    public String getTitle() {
        return title;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
