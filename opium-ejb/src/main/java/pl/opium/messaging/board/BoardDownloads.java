package pl.opium.messaging.board;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.io.output.CloseShieldOutputStream;
import pl.opium.files.Attachment;
import pl.opium.files.AttachmentService;
import pl.opium.identity.Role;
import pl.opium.messaging.Message;
import pl.opium.messaging.inbox.Reply;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** What the author downloads from a message's board: the board as XLSX, one reply's file, all replies as a ZIP. */
@Stateless
@RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
public class BoardDownloads {

    static final String SUMMARY_NAME = "00 - podsumowanie.xlsx";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private StatusBoardService board;

    @EJB
    private AttachmentService files;

    /** The board as an Excel file. */
    public void exportBoard(long messageId, OutputStream out) throws IOException {
        Message message = board.followed(messageId);
        BoardWorkbook.write(message.getSubject(), BoardQueries.rows(em, message), out);
    }

    /**
     * Every reply file in one ZIP, renamed {@code <recipient> - <subject> - <file>}, and a summary
     * sheet. Files are copied from the store in 64 kB steps, so memory does not grow with their
     * number or size.
     */
    public void writeRepliesZip(long messageId, OutputStream out) throws IOException {
        Message message = board.followed(messageId);
        List<BoardRow> rows = BoardQueries.rows(em, message);
        Map<Long, String> names = rows.stream().collect(Collectors.toMap(BoardRow::deliveryId, BoardRow::recipient));
        ZipNames zipNames = new ZipNames();
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(new ZipEntry(zipNames.reserve(SUMMARY_NAME)));
        BoardWorkbook.write(message.getSubject(), rows, CloseShieldOutputStream.wrap(zip));
        zip.closeEntry();
        try (Stream<Object[]> attachments = em.createQuery("""
                        select r.delivery.id, a from Reply r join r.attachments a
                        where r.delivery.message = :message order by r.delivery.id, index(a)""", Object[].class)
                .setParameter("message", message)
                .getResultStream()) {
            for (Object[] row : (Iterable<Object[]>) attachments::iterator) {
                Attachment file = (Attachment) row[1];
                ZipEntry entry = new ZipEntry(zipNames.name(names.get((Long) row[0]), message.getSubject(),
                        file.getFileName()));
                zip.putNextEntry(entry);
                try (InputStream in = files.open(file)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    /** A file of one recipient's reply, for the author to open from the board. */
    public Attachment replyAttachment(long messageId, long deliveryId, int position) {
        Message message = board.followed(messageId);
        List<Attachment> attachments = BoardQueries.replyOf(em, message, deliveryId)
                .map(Reply::getAttachments).orElse(List.of());
        return Attachment.at(attachments, position);
    }
}
