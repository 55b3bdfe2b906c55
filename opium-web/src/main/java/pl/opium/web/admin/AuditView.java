package pl.opium.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import pl.opium.identity.AuditAction;
import pl.opium.identity.AuditEntry;
import pl.opium.identity.AuditLog;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

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
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) auditLog.count(actor, action);
            }

            @Override
            public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
                return auditLog.search(actor, action, first, pageSize);
            }

            @Override
            public String getRowKey(AuditEntry entry) {
                return String.valueOf(entry.getId());
            }
        };
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
