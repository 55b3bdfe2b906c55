package pl.opium.web.messages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import pl.opium.files.AttachmentService;
import pl.opium.messaging.InboxService;
import pl.opium.messaging.ReceivedMessage;
import pl.opium.messaging.Reply;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.Serializable;

/**
 * A delivered message as its recipient reads it, and the reply form: text and files as the message
 * asks. Opening the page marks the message read (and, the first time at the institution, received).
 */
@Named
@ViewScoped
public class ReceivedView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient InboxService inbox;

    @EJB
    private transient AttachmentService files;

    private Long id;
    private ReceivedMessage received;
    private String text;
    private final AttachmentList attachments = new AttachmentList();

    public void load() {
        received = Pages.loadOrRefuse(() -> inbox.open(id));
        if (received != null && received.reply() != null) {
            text = received.reply().getText();
            attachments.addAll(received.reply().getAttachments());
        }
    }

    public void upload(FileUploadEvent event) {
        attachments.upload(event, files);
    }

    public String reply() {
        Reply given = received.reply();
        return Pages.call(() -> inbox.reply(id, given == null ? null : given.getVersion(), text, attachments.getFiles()))
                .map(reply -> {
                    Feedback.info(reply.isLate() ? "messaging.repliedLate" : "messaging.replied");
                    Feedback.keepForRedirect();
                    return "/messages/received?faces-redirect=true&id=" + id;
                })
                .orElse(null);
    }

    public String getTooLargeMessage() {
        return AttachmentList.tooLargeMessage(files);
    }

    public long getMaxUploadBytes() {
        return files.maxBytes();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReceivedMessage getReceived() {
        return received;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public AttachmentList getAttachments() {
        return attachments;
    }
}
