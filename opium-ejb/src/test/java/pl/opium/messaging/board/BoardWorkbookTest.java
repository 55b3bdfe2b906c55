package pl.opium.messaging.board;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import pl.opium.messaging.inbox.ReplyStatus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoardWorkbookTest {

    private static final Instant DELIVERED = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void writesOneRowPerRecipientWithRealDatesAndTheReplyText() throws IOException {
        List<BoardRow> rows = List.of(
                new BoardRow(1, "SP 1", true, DELIVERED, DELIVERED.plusSeconds(600), "sp01.sekretariat", 11L,
                        Instant.parse("2026-11-21T13:30:00Z"), false, ReplyStatus.SUBMITTED, "Mamy 412 uczniów.", 0),
                new BoardRow(2, "P 7", true, DELIVERED, null, null, null, null, false, null, null, 2),
                new BoardRow(3, "SP 2", true, DELIVERED, DELIVERED, "sp02.dyrektor", 12L, DELIVERED, true,
                        ReplyStatus.REOPENED, "x".repeat(40_000), 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BoardWorkbook.write("Liczba uczniów", rows, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Status");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Liczba uczniów");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Adresat");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);

            Row replied = sheet.getRow(3);
            assertThat(replied.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(replied.getCell(5))).isTrue();
            // 13:30 UTC is 14:30 in Warsaw in November
            assertThat(replied.getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 21, 14, 30));
            assertThat(replied.getCell(4).getStringCellValue()).isEqualTo("odpowiedź w terminie");
            assertThat(replied.getCell(7).getStringCellValue()).isEqualTo("Mamy 412 uczniów.");

            Row silent = sheet.getRow(4);
            assertThat(silent.getCell(2)).isNull();
            assertThat(silent.getCell(4).getStringCellValue()).isEqualTo("nieodczytana");
            assertThat(silent.getCell(8).getNumericCellValue()).isEqualTo(2);

            Row reopened = sheet.getRow(5);
            assertThat(reopened.getCell(4).getStringCellValue()).isEqualTo("zwrócona do poprawy");
            assertThat(reopened.getCell(6).getStringCellValue()).isEqualTo("tak");
            assertThat(reopened.getCell(7).getStringCellValue()).hasSize(32_767);
        }
    }
}
