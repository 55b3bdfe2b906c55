package pl.opium.web.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import pl.opium.messaging.Message;
import pl.opium.messaging.MessageBox;
import pl.opium.messaging.MessageService;
import pl.opium.web.PagedModel;

import java.io.Serializable;
import java.util.List;

/** The department's lists: drafts, in approval, waiting for me, sent, archive; searchable, paged in the database. */
@Named
@ViewScoped
public class MessagesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient MessageService messages;

    private MessageBox box = MessageBox.SENT;
    private String text;
    private LazyDataModel<Message> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> messages.count(box, text),
                (first, size, sortField, ascending) -> messages.list(box, text, first, size),
                Message::getId);
    }

    public List<MessageBox> getBoxes() {
        return List.of(MessageBox.values());
    }

    public long count(MessageBox which) {
        return messages.count(which, null);
    }

    public LazyDataModel<Message> getModel() {
        return model;
    }

    public MessageBox getBox() {
        return box;
    }

    public void setBox(MessageBox box) {
        this.box = box == null ? MessageBox.SENT : box;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
