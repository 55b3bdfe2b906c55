package pl.opium.web.messaging;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import pl.opium.messaging.AddressedTo;
import pl.opium.messaging.Message;
import pl.opium.messaging.MessageAction;
import pl.opium.messaging.MessageService;
import pl.opium.messaging.MessageStatus;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;
import pl.opium.workflow.TransitionRecord;

import java.io.Serializable;
import java.util.List;

/**
 * A message as its author and approvers see it: content, files, whom it goes to, its history, and
 * exactly the buttons of the approval chain the person may press now. Each action carries the
 * version that was shown, so two approvers acting at once cannot both win.
 */
@Named
@ViewScoped
public class MessageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient MessageService messages;

    private Long id;
    private Message message;
    private List<MessageAction> actions = List.of();
    private List<TransitionRecord> history = List.of();
    private List<AddressedTo> addressedTo = List.of();
    private String comment;

    public void load() {
        if (id == null) {
            Pages.sendError(404, Feedback.text("messaging.notFound", ""));
            return;
        }
        message = Pages.loadOrRefuse(() -> messages.message(id));
        if (message != null) {
            actions = messages.allowedActions(id);
            history = messages.historyOf(id);
            addressedTo = messages.addressedTo(id);
        }
    }

    public String perform(MessageAction action) {
        return Pages.call(() -> messages.perform(id, message.getVersion(), action, comment))
                .map(done -> {
                    Feedback.info(done.getStatus() == MessageStatus.SENT && action == MessageAction.APPROVE
                            ? "messaging.sent" : "messaging.actionDone", Feedback.text(MessageAction.class.getSimpleName() + "." + action.name()));
                    Feedback.keepForRedirect();
                    return "/messages/message?faces-redirect=true&id=" + id;
                })
                .orElse(null);
    }

    /** Whether the author may still change the content. */
    public boolean isEditable() {
        return message != null && (message.getStatus() == MessageStatus.DRAFT || message.getStatus() == MessageStatus.RETURNED)
                && actions.contains(MessageAction.SUBMIT);
    }

    public boolean isFollowable() {
        return message != null && message.getSentAt() != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Message getMessage() {
        return message;
    }

    public List<MessageAction> getActions() {
        return actions;
    }

    public List<TransitionRecord> getHistory() {
        return history;
    }

    public List<AddressedTo> getAddressedTo() {
        return addressedTo;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
