package pl.opium.web.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import pl.opium.messaging.inbox.InboxItem;
import pl.opium.messaging.inbox.InboxService;
import pl.opium.web.PagedModel;

import java.io.Serializable;

/** What reached the person and their institution: newest first, unread marked, searchable; refreshed by push. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient InboxService inbox;

    private String text;
    private boolean unreadOnly;
    private LazyDataModel<InboxItem> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> inbox.count(text, unreadOnly),
                (first, size, sortField, ascending) -> inbox.inbox(text, unreadOnly, first, size),
                InboxItem::messageId);
    }

    public LazyDataModel<InboxItem> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }
}
