package pl.opium.recruitment.lists;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import pl.opium.recruitment.campaign.CommitteeMember;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.ScheduleTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecruitmentDocumentsTest {

    private static final Instant MADE = ScheduleTest.at("2027-03-29T12:00");

    private static List<UnitList> lists() {
        return List.of(
                new UnitList(1, "P 1", "Grupa 3-latków", 2, 0, "kryteria ustawowe: 1, kryteria samorządowe: 20 pkt",
                        List.of(new UnitList.Entry(11, "Łukasik", "Żaneta", "kryteria ustawowe: 1, kryteria samorządowe: 20 pkt"),
                                new UnitList.Entry(12, "Źrebiec", "Ścibor", "kryteria ustawowe: 2, kryteria samorządowe: 0 pkt")),
                        List.of(new UnitList.Entry(13, "Zając", "Henryk", "kryteria ustawowe: 0, kryteria samorządowe: 0 pkt"))),
                new UnitList(2, "P 2", "Grupa mieszana", 3, 3, null, List.of(), List.of()));
    }

    @Test
    void postedListsCarryNamesWithPolishLettersAndNoPoints() throws IOException {
        byte[] pdf = RecruitmentDocuments.listsPdf(RecruitmentDocuments.Lists.ADMITTED, "Przedszkola 2027/2028", Round.MAIN,
                lists(), MADE);
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(first).contains("Lista kandydatów przyjętych i nieprzyjętych", "P 1 — Grupa 3-latków", "Łukasik",
                "Żaneta", "Źrebiec", "Ścibor", "Zając", "Nieprzyjęci",
                "uprawniała do przyjęcia: kryteria ustawowe: 1, kryteria samorządowe: 20 pkt", "wolnych: 0",
                "Sporządzono: 29.03.2027 12:00");
        assertThat(first).as("a posted list names candidates only").doesNotContain("kryteria ustawowe: 2");
        assertThat(new PdfTextExtractor(reader).getTextFromPage(2)).contains("P 2 — Grupa mieszana", "wolnych: 3");
    }

    @Test
    void theWorkbookHasARowPerCandidateWithTheirPriority() throws IOException {
        byte[] xlsx = RecruitmentDocuments.listsXlsx(RecruitmentDocuments.Lists.QUALIFIED, lists());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Źrebiec");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("kryteria ustawowe: 2, kryteria samorządowe: 0 pkt");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Niezakwalifikowani");
            assertThat(sheet.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void theProtocolRecordsRunsDigestsAndDecisions() throws IOException {
        byte[] pdf = RecruitmentDocuments.protocolPdf("Przedszkola 2027/2028", "P 1", Round.MAIN,
                List.of(new RecruitmentDocuments.RunLine(MADE, "pracownik.prz", 6, 6, 1, "ab".repeat(32))),
                List.of(new RecruitmentDocuments.Decision("Grupa 3-latków", "Lis Ala, Łukasik Bartek", "kolejność: Lis, Łukasik",
                        "Odległość od przedszkola", "p01.dyrektor", MADE)),
                lists().subList(0, 1), List.of(new CommitteeMember("Ewa", "Wrona", true),
                        new CommitteeMember("Jan", "Sowa", false), new CommitteeMember("Iga", "Czapla", false)), MADE);
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Protokół postępowania rekrutacyjnego", "Komisja rekrutacyjna: P 1", "pracownik.prz",
                "Odległość od", "kolejność: Lis, Łukasik", "Grupa 3-latków", "Skład komisji",
                "Ewa Wronaprzewodniczący komisji", "Iga Czaplaczłonek komisji");
        assertThat(text).doesNotContain("nie wpisał składu komisji");
    }

    @Test
    void aProtocolWithoutTheCommitteeSaysSo() throws IOException {
        byte[] pdf = RecruitmentDocuments.protocolPdf("Przedszkola 2027/2028", "P 1", Round.MAIN, List.of(), List.of(),
                List.of(), List.of(), MADE);
        assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1))
                .contains("Dyrektor nie wpisał składu komisji do systemu");
    }
}
