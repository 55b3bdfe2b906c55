package pl.opium.messaging.board;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import pl.opium.Texts;
import pl.opium.messaging.inbox.ReplyStatus;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A status board as an Excel sheet: one row per recipient with its status and times (as real Excel
 * dates, Polish time) and the reply's text. Written with SXSSF, which keeps only a window of rows in
 * memory. The headers are Polish: the file is for the department's officers.
 */
public final class BoardWorkbook {

    private static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");
    private static final int EXCEL_CELL_LIMIT = 32_767;
    private static final String[] HEADERS = java.util.stream.Stream.of("recipient", "delivered", "read", "readBy",
            "status", "replied", "late", "replyText", "reminders").map(key -> Texts.get("board." + key))
            .toArray(String[]::new);
    /** Column widths in characters: fixed, because measuring text (auto-size) costs far more memory than the rows. */
    private static final int[] WIDTHS = {32, 17, 17, 22, 26, 17, 12, 80, 14};

    private BoardWorkbook() {
    }

    public static void write(String subject, List<BoardRow> rows, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            SXSSFSheet sheet = workbook.createSheet("Status");
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));

            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(subject);
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(2);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
                header.getCell(c).setCellStyle(bold);
            }
            int r = 3;
            for (BoardRow row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.recipient());
                time(line, 1, row.deliveredAt(), date);
                time(line, 2, row.readAt(), date);
                text(line, 3, row.readBy());
                line.createCell(4).setCellValue(status(row));
                time(line, 5, row.repliedAt(), date);
                line.createCell(6).setCellValue(row.late() ? "tak" : "nie");
                text(line, 7, row.replyText());
                line.createCell(8).setCellValue(row.reminderCount());
            }
            sheet.createFreezePane(1, 3);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    static String status(BoardRow row) {
        if (row.isReplied()) {
            return Texts.get(row.replyStatus() == ReplyStatus.REOPENED ? "board.status.reopened"
                    : row.late() ? "board.status.late" : "board.status.onTime");
        }
        return Texts.get(row.isRead() ? "board.status.readOnly" : "board.status.unread");
    }

    private static void time(Row line, int column, Instant at, CellStyle style) {
        if (at != null) {
            line.createCell(column).setCellValue(at.atZone(POLAND).toLocalDateTime());
            line.getCell(column).setCellStyle(style);
        }
    }

    private static void text(Row line, int column, String value) {
        if (value != null) {
            line.createCell(column).setCellValue(value.length() > EXCEL_CELL_LIMIT
                    ? value.substring(0, EXCEL_CELL_LIMIT) : value);
        }
    }
}
