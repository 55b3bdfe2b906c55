package pl.opium.web.messaging;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import pl.opium.messaging.Message;
import pl.opium.messaging.MessageService;
import pl.opium.messaging.board.Board;
import pl.opium.messaging.board.BoardFilter;
import pl.opium.messaging.board.BoardRow;
import pl.opium.messaging.board.StatusBoardService;
import pl.opium.messaging.inbox.Reply;
import pl.opium.web.Chart;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The status board of a sent message: per recipient delivered, read (who, when) and replied (when,
 * late or not), with filters, counts and a chart; reminders, deadline, sending a reply back, and
 * the downloads (XLSX of the board, ZIP of all replies).
 */
@Named
@ViewScoped
public class BoardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient StatusBoardService boards;

    @EJB
    private transient MessageService messages;

    private Long id;
    private Message message;
    private Board board;
    private BoardFilter filter = BoardFilter.ALL;
    private LocalDate newDeadline;
    private BoardRow selected;
    private Reply selectedReply;
    private String reopenComment;

    public void load() {
        message = Pages.loadOrRefuse(() -> messages.message(id));
        if (message != null) {
            board = Pages.loadOrRefuse(() -> boards.board(id));
            newDeadline = message.getReplyDeadline();
        }
    }

    private void refresh() {
        message = messages.message(id);
        board = boards.board(id);
    }

    public void remind() {
        Pages.call(() -> boards.remind(id)).ifPresent(count -> {
            Feedback.info("messaging.reminded", count);
            refresh();
        });
    }

    public void changeDeadline() {
        Pages.call(() -> boards.changeDeadline(id, message.getVersion(), newDeadline)).ifPresent(changed -> {
            Feedback.info("messaging.deadlineChanged", changed.getReplyDeadline());
            refresh();
        });
    }

    public void show(BoardRow row) {
        selected = row;
        selectedReply = row.isReplied() ? Pages.call(() -> boards.reply(id, row.deliveryId())).orElse(null) : null;
        reopenComment = null;
    }

    public void reopen() {
        if (Pages.attempt(() -> boards.reopen(id, selected.deliveryId(), reopenComment))) {
            Feedback.info("messaging.reopened", selected.recipient());
            refresh();
        }
    }

    public List<BoardRow> getRows() {
        return board.rows(filter);
    }

    public List<BoardFilter> getFilters() {
        return List.of(BoardFilter.values());
    }

    public long count(BoardFilter which) {
        return board.count(which);
    }

    /** A doughnut of where the recipients stand. */
    public Chart getChart() {
        Board.Standing standing = board.standing();
        return Chart.doughnut(Feedback.text("messaging.chart.title"),
                List.of(Feedback.text("messaging.chart.onTime"), Feedback.text("messaging.chart.late"),
                        Feedback.text("messaging.chart.readOnly"), Feedback.text("messaging.chart.unread")),
                List.of(standing.onTime(), standing.late(), standing.readOnly(), standing.unread()),
                List.of("#2e7d32", "#f9a825", "#1565c0", "#9e9e9e"), 220);
    }

    public boolean isRepliesExpected() {
        return message.getReplyExpected() != pl.opium.messaging.ReplyExpected.NONE;
    }

    public LocalDate getToday() {
        return LocalDate.now();
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

    public Board getBoard() {
        return board;
    }

    public BoardFilter getFilter() {
        return filter;
    }

    public void setFilter(BoardFilter filter) {
        this.filter = filter == null ? BoardFilter.ALL : filter;
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    public void setNewDeadline(LocalDate newDeadline) {
        this.newDeadline = newDeadline;
    }

    public BoardRow getSelected() {
        return selected;
    }

    public Reply getSelectedReply() {
        return selectedReply;
    }

    public String getReopenComment() {
        return reopenComment;
    }

    public void setReopenComment(String reopenComment) {
        this.reopenComment = reopenComment;
    }
}
