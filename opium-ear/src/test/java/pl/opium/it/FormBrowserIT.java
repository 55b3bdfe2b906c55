package pl.opium.it;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form journey in Chromium: the officer builds a form with a field and a repeatable table and
 * sends it in a message; a school fills it in, is told in Polish what cannot be read, saves a draft,
 * comes back to it, is told what is missing, and submits; the officer reads the answers and
 * downloads the export of the table's rows, which the test opens with POI.
 */
class FormBrowserIT extends FromOutside {

    @Test
    void anOfficerBuildsAFormASchoolFillsItAndTheOfficerExportsIt() throws Exception {
        String title = "Pracownie i kadra " + ThreadLocalRandom.current().nextInt(1_000_000);
        try (BrowserSession officer = new BrowserSession(base).logIn("pracownik.prz");
             BrowserSession head = new BrowserSession(base).logIn("kierownik.prz")) {
            // the builder: a required whole number, then a table of teachers with a name and a part-time figure
            officer.open("forms/builder.xhtml");
            officer.browser.findElement(By.id("builder:title")).sendKeys(title);
            type(officer, "s0.title", "Dane szkoły");
            type(officer, "s0.i0.label", "Liczba sal");
            choose(officer, "s0.i0.type", "INTEGER");
            officer.waitFor().until(ExpectedConditions.presenceOfElementLocated(builder("s0.i0.min")));
            officer.browser.findElement(By.cssSelector("[data-builder='s0.i0.required'] .ui-chkbox-box")).click();
            officer.settle();
            click(officer, "s0.addTable");
            officer.waitFor().until(ExpectedConditions.presenceOfElementLocated(builder("s0.i1.label")));
            type(officer, "s0.i1.label", "Nauczyciele");
            type(officer, "s0.i1.c0.label", "Imię i nazwisko");
            officer.browser.findElement(By.cssSelector("[data-builder='s0.i1.c0.required'] .ui-chkbox-box")).click();
            click(officer, "s0.i1.addColumn");
            officer.waitFor().until(ExpectedConditions.presenceOfElementLocated(builder("s0.i1.c1.label")));
            type(officer, "s0.i1.c1.label", "Etat");
            choose(officer, "s0.i1.c1.type", "NUMBER");
            officer.waitFor().until(ExpectedConditions.presenceOfElementLocated(builder("s0.i1.c1.max")));
            click(officer, "s0.addField");
            officer.waitFor().until(ExpectedConditions.presenceOfElementLocated(builder("s0.i2.label")));
            type(officer, "s0.i2.label", "Internet szerokopasmowy");
            choose(officer, "s0.i2.type", "YES_NO");
            Accessibility.check(officer.browser); // the builder grown: a table with its columns, numbers' limits
            officer.browser.findElement(By.id("builder:save")).click();
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "zapisany"));
            officer.screenshot("form-list");

            // sent in a message to one school, straight from the list
            WebElement row = officer.browser.findElement(By.xpath("//tr[td[contains(., '" + title + "')]]"));
            row.findElement(By.xpath(".//a[contains(@id,'send')]")).click();
            officer.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("compose:form")));
            assertThat(officer.browser.findElement(By.id("compose:form_label")).getText()).contains(title);
            officer.browser.findElement(By.id("compose:subject")).sendKeys("Pracownie " + title);
            officer.browser.findElement(By.cssSelector("#compose\\:body .ql-editor")).sendKeys("Prosimy o wypełnienie formularza.");
            officer.tick("compose:institutions", "SP 1");
            officer.typeDate("compose:deadline", LocalDate.now().plusDays(7));
            String messagePage = officer.submitForApproval();
            long id = BrowserSession.messageId(messagePage);
            assertThat(officer.browser.findElement(By.id("formTitle")).getText()).isEqualTo(title);

            head.approve(messagePage, "Wysłana");

            fillIn(id);

            // the officer reads the answers and downloads a row per teacher
            officer.open("messages/form-answers.xhtml?id=" + id);
            assertThat(officer.browser.findElement(By.id("submittedCount")).getText()).isEqualTo("1");
            assertThat(officer.browser.findElement(By.id("answers")).getText()).contains("SP 1").contains("14");
            // a chart for the yes/no field, one for each number (a table's column: the sum of each school's rows)
            assertThat(officer.browser.findElements(By.cssSelector(".charts canvas"))).hasSize(3);
            assertThat(officer.browser.findElements(By.cssSelector(".charts h3"))).extracting(WebElement::getText)
                    .containsExactly("Internet szerokopasmowy", "Liczba sal", "Nauczyciele: Etat");
            officer.screenshot("form-answers");
            byte[] xlsx = officer.download(officer.browser.findElement(By.cssSelector("[data-export='nauczyciele.xlsx']"))
                    .getAttribute("href"));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = workbook.getSheetAt(0);
                List<String> header = new ArrayList<>();
                sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
                assertThat(header).containsExactly("Placówka", "RSPO", "Przesłano", "Lp.", "Imię i nazwisko", "Etat");
                List<String> teachers = new ArrayList<>();
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row teacher = sheet.getRow(r);
                    assertThat(teacher.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
                    teachers.add(teacher.getCell(0).getStringCellValue() + " " + teacher.getCell(4).getStringCellValue()
                            + " " + teacher.getCell(5).getNumericCellValue());
                }
                assertThat(teachers).containsExactly("SP 1 Anna Nowak 1.0", "SP 1 Jan Kowalski 0.5");
            }
            String csv = new String(officer.download(officer.browser.findElement(By.id("exportCsv")).getAttribute("href")),
                    StandardCharsets.UTF_8);
            assertThat(csv.lines().skip(1)).singleElement().satisfies(line -> assertThat(line).startsWith("SP 1;").endsWith(";14;2;tak"));
        }
    }

    /** The school's director fills the form in, with the mistakes people make on the way. */
    private void fillIn(long messageId) {
        try (BrowserSession school = new BrowserSession(base, 420, 900).logIn("sp01.dyrektor")) {
            school.open("messages/received.xhtml?id=" + messageId);
            school.browser.findElement(By.id("fillForm")).click();
            school.waitFor().until(ExpectedConditions.presenceOfElementLocated(field("liczba_sal")));
            // a whole number is asked for
            school.browser.findElement(field("liczba_sal")).sendKeys("12,5");
            school.browser.findElement(field("nauczyciele.0.imie_i_nazwisko")).sendKeys("Anna Nowak");
            school.browser.findElement(field("nauczyciele.0.etat")).sendKeys("1");
            school.browser.findElement(By.cssSelector("[data-field='internet_szerokopasmowy'] .ui-radiobutton-box")).click();
            school.browser.findElement(By.id("fill:saveDraft")).click();
            school.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(problem("liczba_sal"), "liczbę całkowitą"));
            assertThat(school.browser.findElement(field("nauczyciele.0.imie_i_nazwisko")).getAttribute("value")).isEqualTo("Anna Nowak");

            // corrected, a second teacher half-entered, saved as a draft
            school.browser.findElement(field("liczba_sal")).clear();
            school.browser.findElement(field("liczba_sal")).sendKeys("14");
            school.browser.findElement(By.cssSelector("[data-add='nauczyciele']")).click();
            school.settle();
            school.waitFor().until(ExpectedConditions.presenceOfElementLocated(field("nauczyciele.1.etat")));
            school.browser.findElement(field("nauczyciele.1.etat")).sendKeys("0,5");
            school.browser.findElement(By.id("fill:saveDraft")).click();
            school.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "wersję roboczą"));

            // coming back later: the draft is there; submitting says what is missing, in the row it is missing from
            school.open("messages/form.xhtml?id=" + messageId);
            assertThat(school.browser.findElement(field("liczba_sal")).getAttribute("value")).isEqualTo("14");
            assertThat(school.browser.findElement(field("nauczyciele.1.etat")).getAttribute("value")).isEqualTo("0,5");
            school.browser.findElement(By.id("fill:submit")).click();
            school.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(
                    problem("nauczyciele.1.imie_i_nazwisko"), "jest wymagane"));
            school.screenshot("form-problems");
            school.browser.findElement(field("nauczyciele.1.imie_i_nazwisko")).sendKeys("Jan Kowalski");
            school.browser.findElement(By.id("fill:submit")).click();
            school.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Formularz przesłany"));
            assertThat(school.browser.findElement(By.id("formState")).getText()).contains("Przesłany");
            school.screenshot("form-submitted");
        }
    }

    private static By builder(String name) {
        return By.cssSelector("[data-builder='" + name + "']");
    }

    private static By field(String name) {
        return By.cssSelector("[data-field='" + name + "']");
    }

    private static By problem(String name) {
        return By.cssSelector("[data-problem='" + name + "']");
    }

    private static void type(BrowserSession session, String name, String text) {
        session.browser.findElement(builder(name)).sendKeys(text);
    }

    private static void click(BrowserSession session, String name) {
        session.browser.findElement(builder(name)).click();
        session.settle();
    }

    /** Chooses a field type: the page is redrawn for it by Ajax. */
    private static void choose(BrowserSession session, String name, String type) {
        new Select(session.browser.findElement(builder(name))).selectByValue(type);
        session.settle();
    }
}
