package pl.opium.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path of a message in real browsers, one per person: an officer composes with a file,
 * the head of unit returns it, the officer fixes it and asks for the director too, head and director
 * approve, a school director sees it arrive in an open inbox without reloading and replies with a
 * file, and the officer sees the status, reminds the rest and downloads the ZIP of replies.
 */
@RunAsClient
class MessagingBrowserIT extends FromOutside {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void aMessageGoesFromComposeThroughApprovalToARepliedAndDownloadedAnswer() throws Exception {
        String subject = "Wykaz pracowni " + ThreadLocalRandom.current().nextInt(1_000_000);
        Path plan = Files.createTempFile("plan-pracowni", ".pdf");
        Files.write(plan, PDF);
        Path answer = Files.createTempDirectory("odpowiedz").resolve("wykaz SP1.pdf");
        Files.write(answer, PDF);

        try (BrowserSession officer = new BrowserSession(base).logIn("pracownik.prz");
             BrowserSession head = new BrowserSession(base).logIn("kierownik.prz");
             BrowserSession director = new BrowserSession(base).logIn("dyrektor.wydzialu");
             BrowserSession school = new BrowserSession(base).logIn("sp01.dyrektor")) {

            // the officer composes: two schools, a file, a reply with a file expected in a week
            officer.open("messages/compose.xhtml");
            officer.browser.findElement(By.id("compose:subject")).sendKeys(subject + " (szkic)");
            officer.browser.findElement(By.cssSelector("#compose\\:body .ql-editor"))
                    .sendKeys("Prosimy o wykaz pracowni komputerowych.");
            officer.tick("compose:institutions", "SP 1", "SP 2");
            officer.browser.executeScript("PrimeFaces.getWidgetById('compose:replyExpected').selectValue('ATTACHMENTS');");
            officer.typeDate("compose:deadline", LocalDate.now().plusDays(7));
            officer.browser.findElement(By.cssSelector("#compose\\:files input[type=file]"))
                    .sendKeys(plan.toAbsolutePath().toString());
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("compose:attachmentList"), plan.getFileName().toString()));
            officer.press("compose:submit");
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
                    "Czeka na akceptację kierownika"));
            String messagePage = officer.browser.getCurrentUrl();
            officer.screenshot("message-submitted");

            // the head returns it with a comment
            head.browser.get(messagePage);
            head.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".action-RETURN")));
            head.browser.findElement(By.id("actions:comment")).sendKeys("Proszę usunąć „szkic” z tematu.");
            head.browser.findElement(By.cssSelector(".action-RETURN")).click();
            head.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Zwrócona do poprawy"));

            // the officer fixes the subject, asks for the director as well, and submits again
            officer.browser.get(messagePage);
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"),
                    "Proszę usunąć"));
            officer.browser.findElement(By.id("actions:edit")).click();
            officer.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("compose:subject")));
            WebElement subjectField = officer.browser.findElement(By.id("compose:subject"));
            subjectField.clear();
            subjectField.sendKeys(subject);
            officer.browser.findElement(By.cssSelector("#compose\\:askDirector .ui-chkbox-box")).click();
            assertThat(officer.browser.findElement(By.id("compose:attachmentList")).getText())
                    .contains(plan.getFileName().toString());
            officer.press("compose:submit");
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
                    "Czeka na akceptację kierownika"));

            // the school director has the inbox open while head and director approve
            school.open("messages/inbox.xhtml");
            String unreadBefore = school.browser.findElement(By.cssSelector("#unreadForm\\:unread .count")).getText();

            head.approve(messagePage, "Czeka na akceptację dyrektora");
            director.approve(messagePage, "Wysłana");

            // ...and it appears there without a reload, with the unread count up by one
            school.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox:table"), subject));
            school.waitFor().until(d -> !d.findElement(By.cssSelector("#unreadForm\\:unread .count")).getText()
                    .equals(unreadBefore));
            school.screenshot("inbox-pushed");

            // the school director opens it, downloads the file and replies with one
            school.browser.findElement(By.linkText(subject)).click();
            school.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("reply:send")));
            String fileLink = school.browser.findElement(By.linkText(plan.getFileName().toString())).getAttribute("href");
            assertThat(school.download(fileLink)).isEqualTo(PDF);
            school.browser.findElement(By.cssSelector("#reply\\:files input[type=file]"))
                    .sendKeys(answer.toAbsolutePath().toString());
            school.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("reply:replyFiles"),
                    "wykaz SP1.pdf"));
            school.browser.findElement(By.id("reply:send")).click();
            school.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Odpowiedź została wysłana"));
            school.screenshot("reply-sent");

            // the officer sees SP 1 replied, reminds SP 2 and downloads all replies
            officer.browser.get(messagePage);
            officer.browser.findElement(By.id("actions:board")).click();
            officer.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("board:rows")));
            String rows = officer.browser.findElement(By.id("board:rows")).getText();
            assertThat(rows).contains("SP 1").contains("w terminie").contains("SP 2").contains("brak");
            // the chart draws itself after the page loads and moves the buttons: press it where it is now,
            // once the page's scripts (the confirmation dialog among them) are in place
            officer.settle();
            WebElement remind = officer.waitFor().until(ExpectedConditions.elementToBeClickable(By.id("board:remind")));
            officer.browser.executeScript("arguments[0].click();", remind);
            officer.confirm("board:confirmYes");
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Wysłano przypomnienie do 1 adresatów"));
            assertThat(officer.browser.findElement(By.id("board:reminders")).getText()).contains("Ręczne");
            officer.screenshot("status-board");

            byte[] zip = officer.download(officer.browser.findElement(By.id("downloadReplies")).getAttribute("href"));
            assertThat(entries(zip)).contains("00 - podsumowanie.xlsx", "SP 1 - " + subject + " - wykaz SP1.pdf");
        }
    }

    @Test
    void anOfficerPicksPeopleForAGroupAndRemovesOne() {
        String name = "Zespół pracowni " + ThreadLocalRandom.current().nextInt(1_000_000);
        try (BrowserSession officer = new BrowserSession(base).logIn("pracownik.prz")) {
            officer.open("messages/groups.xhtml");
            officer.press("groups:add");
            officer.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:name"))).sendKeys(name);
            pickPerson(officer, "kierownik.prz");
            pickPerson(officer, "dyrektor.wydz");
            List<WebElement> chosen = officer.browser.findElements(By.cssSelector("#edit\\:membersPicker .chosen-people li"));
            assertThat(chosen).hasSize(2);
            String kept = chosen.get(1).findElement(By.tagName("span")).getText();
            Accessibility.check(officer.browser); // the dialog open, with the list of chosen people

            chosen.get(0).findElement(By.cssSelector(".remove-person")).click();
            officer.waitFor().until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("#edit\\:membersPicker .chosen-people li"), 1));
            officer.press("edit:save");
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("groups:table"), name));

            // opened again, the group has the one person kept
            WebElement row = officer.browser.findElements(By.cssSelector("#groups\\:table tbody tr")).stream()
                    .filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
            row.findElement(By.cssSelector("a[id$=':edit']")).click();
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("edit:membersPicker"), kept));
            assertThat(officer.browser.findElements(By.cssSelector("#edit\\:membersPicker .chosen-people li"))).hasSize(1);
        }
    }

    /** Types into the people picker and takes the first person proposed. */
    private static void pickPerson(BrowserSession session, String typed) {
        int before = session.browser.findElements(By.cssSelector("#edit\\:membersPicker .chosen-people li")).size();
        session.browser.findElement(By.id("edit:members_input")).sendKeys(typed);
        session.waitFor().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#edit\\:members_panel li.ui-autocomplete-item"))).click();
        session.waitFor().until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#edit\\:membersPicker .chosen-people li"), before + 1));
    }

    private static List<String> entries(byte[] zip) throws java.io.IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
