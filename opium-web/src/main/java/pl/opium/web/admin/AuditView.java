package pl.opium.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import pl.opium.identity.AuditAction;
import pl.opium.identity.AuditEntry;
import pl.opium.identity.AuditLog;
import pl.opium.web.PagedModel;

import java.io.Serializable;

/** The audit log, newest first, filtered by who and what. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient AuditLog auditLog;

    private String actor;
    private AuditAction action;
    private LazyDataModel<AuditEntry> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> auditLog.count(actor, action),
                (first, size, sortField, ascending) -> auditLog.search(actor, action, first, size),
                AuditEntry::getId);
    }

    public LazyDataModel<AuditEntry> getModel() {
        return model;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }
}
