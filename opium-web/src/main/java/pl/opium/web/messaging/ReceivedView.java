package pl.opium.web.messaging;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import pl.opium.messaging.ReplyExpected;
import pl.opium.messaging.inbox.InboxService;
import pl.opium.messaging.inbox.ReceivedMessage;
import pl.opium.messaging.inbox.Reply;
import pl.opium.surveys.SurveyCopy;
import pl.opium.surveys.SurveyService;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

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
    private transient SurveyService surveys;

    private Long id;
    private ReceivedMessage received;
    private String text;
    private final AttachmentList attachments = new AttachmentList();
    private List<SurveyCopy> copies = List.of();

    public void load() {
        received = Pages.loadOrRefuse(() -> inbox.open(id));
        if (received != null && received.reply() != null) {
            text = received.reply().getText();
            attachments.addAll(received.reply().getAttachments());
        }
        if (received != null && isSurvey()) {
            copies = surveys.myCopies(id);
        }
    }

    public boolean isForm() {
        return received.message().getReplyExpected() == ReplyExpected.FORM;
    }

    public boolean isSurvey() {
        return received.message().getReplyExpected() == ReplyExpected.SURVEY;
    }

    /**
     * A filled survey copy, checked at once: refused if it is no plain workbook, otherwise kept as
     * the reply, with what differs from the template listed on the page.
     */
    public void uploadSurvey(FileUploadEvent event) {
        Reply given = received.reply();
        Pages.call(() -> {
            try (InputStream in = event.getFile().getInputStream()) {
                return surveys.upload(id, given == null ? null : given.getVersion(), text, in,
                        event.getFile().getFileName());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).ifPresent(copy -> {
            if (copy.getDifferenceCount() == 0) {
                Feedback.info("surveys.copyMatches", copy.getFile().getFileName());
            } else {
                Feedback.error("surveys.copyDiffers", copy.getFile().getFileName(), copy.getDifferenceCount());
            }
            load();
        });
    }

    /** The newest copy, whose differences the page lists. */
    public SurveyCopy getCurrentCopy() {
        return copies.isEmpty() ? null : copies.get(0);
    }

    public List<SurveyCopy> getCopies() {
        return copies;
    }

    public void upload(FileUploadEvent event) {
        attachments.upload(event, (AttachmentList.Keeper) (in, name) -> inbox.storeAnswerFile(id, in, name));
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
