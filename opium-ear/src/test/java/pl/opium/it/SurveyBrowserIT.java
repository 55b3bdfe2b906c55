package pl.opium.it;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey journey in Chromium: the officer sends an Excel survey to every primary school; three
 * schools download the template and upload their copies, one with a changed header, which the page
 * reports at once; the officer accepts that one, merges, downloads the merged workbook, and the
 * test reads it with POI.
 */
class SurveyBrowserIT extends FromOutside {

    private static Path workbook(Path file, String countHeader, Object[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            Sheet sheet = workbook.createSheet("Oddziały");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Oddział");
            header.createCell(1).setCellValue(countHeader);
            header.createCell(2).setCellValue("Stan na dzień");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue((String) rows[r][0]);
                row.createCell(1).setCellValue((Integer) rows[r][1]);
                row.createCell(2).setCellValue(LocalDate.of(2026, 9, 30));
                row.getCell(2).setCellStyle(date);
            }
            workbook.write(out);
        }
        return file;
    }

    @Test
    void anOfficerCollectsAndMergesASurvey() throws Exception {
        String subject = "Liczba uczniów w oddziałach " + ThreadLocalRandom.current().nextInt(1_000_000);
        Path dir = Files.createTempDirectory("ankieta");
        Path template = workbook(dir.resolve("oddzialy.xlsx"), "Liczba uczniów");
        Path sp1 = workbook(dir.resolve("SP1 oddzialy.xlsx"), "Liczba uczniów", new Object[]{"1a", 25}, new Object[]{"1b", 23});
        Path sp2 = workbook(dir.resolve("SP2 oddzialy.xlsx"), "Uczniowie", new Object[]{"2a", 19});
        Path sp3 = workbook(dir.resolve("SP3 oddzialy.xlsx"), "Liczba uczniów", new Object[]{"3a", 27});

        try (BrowserSession officer = new BrowserSession(base).logIn("pracownik.prz");
             BrowserSession head = new BrowserSession(base).logIn("kierownik.prz")) {
            // the officer writes a survey to every primary school, with the template
            officer.open("messages/compose.xhtml");
            officer.browser.findElement(By.id("compose:subject")).sendKeys(subject);
            officer.browser.findElement(By.cssSelector("#compose\\:body .ql-editor")).sendKeys("Prosimy o wypełnienie arkusza.");
            officer.tick("compose:institutionGroups", "Wszystkie szkoły podstawowe");
            // choosing the survey reply brings the template upload in by Ajax (on the menu's change event)
            officer.browser.executeScript("var select = document.getElementById('compose:replyExpected_input');"
                    + " select.value = 'SURVEY'; select.dispatchEvent(new Event('change'));");
            officer.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#compose\\:template input[type=file]")));
            officer.browser.findElement(By.cssSelector("#compose\\:template input[type=file]"))
                    .sendKeys(template.toAbsolutePath().toString());
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("compose:sheets"), "Oddziały"));
            assertThat(officer.browser.findElement(By.id("templateName")).getText()).contains("oddzialy.xlsx");
            officer.typeDate("compose:deadline", LocalDate.now().plusDays(7));
            String messagePage = officer.submitForApproval();
            long id = BrowserSession.messageId(messagePage);

            head.approve(messagePage, "Wysłana");

            // three schools fill it in; the second changed a header and is told so at once
            answer("sp01", id, template, sp1, "zgodny z szablonem");
            String report = answer("sp02", id, template, sp2, "różni się od szablonu");
            assertThat(report).contains("B1").contains("Liczba uczniów").contains("Uczniowie");
            answer("sp03", id, template, sp3, "zgodny z szablonem");

            // the officer accepts the differing copy and merges
            officer.browser.get(messagePage);
            officer.browser.findElement(By.id("actions:board")).click();
            officer.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("board:rows")));
            // the first cell reads "SP 2" (after the column title that a narrow screen shows)
            By differences = By.xpath("//tbody[@id='board:rows_data']/tr[td[1][substring(normalize-space(),"
                    + " string-length(normalize-space()) - 3) = 'SP 2']]//a[contains(@id,'differences')]");
            officer.browser.executeScript("arguments[0].click();", officer.waitFor().until(
                    ExpectedConditions.presenceOfElementLocated(differences)));
            officer.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("copy:accept")));
            assertThat(officer.browser.findElement(By.id("copy:differences")).getText()).contains("B1");
            officer.browser.executeScript("arguments[0].click();", officer.browser.findElement(By.id("copy:accept")));
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Odpowiedź przyjęta"));

            // the progress bar is watched as the page redraws it: a merge of three copies takes less than its first poll
            officer.browser.executeScript("""
                    window.progressShown = [];
                    new MutationObserver(() => {
                        const bar = document.getElementById('merge:progress');
                        const shown = bar && bar.getAttribute('role') === 'progressbar' ? bar.getAttribute('aria-valuenow') : null;
                        if (shown !== null && window.progressShown[window.progressShown.length - 1] !== shown) {
                            window.progressShown.push(shown);
                        }
                    }).observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});""");
            officer.browser.executeScript("arguments[0].click();", officer.browser.findElement(By.id("merge:start")));
            officer.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("merge:runs:0:download")));
            assertThat(officer.browser.findElement(By.id("merge:runs")).getText()).contains("Gotowe");
            @SuppressWarnings("unchecked")
            List<Object> progress = (List<Object>) officer.browser.executeScript("return window.progressShown;");
            assertThat(progress).as("the progress bar showed the merge and reached 100").isNotEmpty().last().hasToString("100");
            assertThat(officer.browser.findElements(By.id("merge:progress"))).as("gone once the merge is done").isEmpty();
            officer.screenshot("survey-merged");
            byte[] merged = officer.download(officer.browser.findElement(By.id("merge:runs:0:download")).getAttribute("href"));

            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(merged))) {
                Sheet data = workbook.getSheet("Oddziały");
                assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Placówka");
                assertThat(data.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Liczba uczniów");
                List<String> rows = new ArrayList<>();
                for (int r = 1; r <= data.getLastRowNum(); r++) {
                    Row row = data.getRow(r);
                    assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(DateUtil.isCellDateFormatted(row.getCell(5))).isTrue();
                    assertThat(row.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 30));
                    rows.add(row.getCell(0).getStringCellValue() + " " + row.getCell(3).getStringCellValue() + " "
                            + (int) row.getCell(4).getNumericCellValue());
                }
                assertThat(rows).containsExactly("SP 1 1a 25", "SP 1 1b 23", "SP 2 2a 19", "SP 3 3a 27");
                Sheet summary = workbook.getSheet("Podsumowanie");
                List<String> statuses = new ArrayList<>();
                for (int r = 3; r <= summary.getLastRowNum() && summary.getRow(r) != null
                        && summary.getRow(r).getCell(2) != null; r++) {
                    statuses.add(summary.getRow(r).getCell(0).getStringCellValue() + ": "
                            + summary.getRow(r).getCell(2).getStringCellValue());
                }
                assertThat(statuses).contains("SP 1: przesłano", "SP 2: przesłano", "SP 3: przesłano", "SP 4: brak odpowiedzi");
            }
        }
    }

    /** A school director downloads the template, uploads the filled copy and returns what the page says. */
    private String answer(String code, long messageId, Path template, Path copy, String expected) throws Exception {
        try (BrowserSession school = new BrowserSession(base).logIn(code + ".dyrektor")) {
            school.open("messages/received.xhtml?id=" + messageId);
            byte[] downloaded = school.download(school.browser.findElement(By.id("downloadTemplate")).getAttribute("href"));
            assertThat(downloaded).isEqualTo(Files.readAllBytes(template));
            school.browser.findElement(By.cssSelector("#survey\\:copy input[type=file]")).sendKeys(copy.toAbsolutePath().toString());
            school.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), expected));
            school.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
            school.screenshot("survey-" + code);
            return school.browser.findElement(By.id("surveyResult")).getText();
        }
    }
}
