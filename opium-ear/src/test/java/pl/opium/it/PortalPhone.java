package pl.opium.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent's phone (400 px wide, headless Chromium) on the recruitment portal. Kept out of the test
 * class, whose in-container steps run where Selenium is not.
 */
final class PortalPhone implements AutoCloseable {

    private final BrowserSession session;
    private final URL portal;

    PortalPhone(URL portal) {
        this.portal = portal;
        this.session = new BrowserSession(portal, 400, 860);
    }

    /**
     * Opens a page of the portal and checks it whole against WCAG 2.1 AA (axe-core); not the identity
     * broker's sign-in page a page may lead to, which is the city's, not ours.
     */
    void open(String page) {
        session.browser.get(portal + page);
        session.settle();
        if (session.browser.getCurrentUrl().startsWith(portal.toString())) {
            Accessibility.check(session.browser);
        }
    }

    void click(By what) {
        session.waitFor().until(ExpectedConditions.elementToBeClickable(what)).click();
    }

    String text(By what) {
        return session.waitFor().until(ExpectedConditions.visibilityOfElementLocated(what)).getText();
    }

    /** The broker's own sign-in page: the parent's name, and the role the city's broker gives every parent. */
    void signInAtTheBroker(String issuer, String client, String parent) {
        session.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
        assertThat(session.browser.getCurrentUrl()).contains("/" + issuer + "/authorize").contains("client_id=" + client);
        session.browser.findElement(By.name("username")).sendKeys(parent);
        WebElement claims = session.browser.findElement(By.name("claims"));
        claims.clear();
        claims.sendKeys("{\"realm_access\": {\"roles\": [\"PARENT\"]}}");
        session.browser.findElement(By.cssSelector("input[type=submit]")).click();
    }

    /** The portal's own sign-in, for a city without a broker: a local parent account (demo password). */
    void signInLocally(String parent) {
        signInLocally(parent, As.DEMO_PASSWORD);
    }

    void signInLocally(String login, String password) {
        session.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys(login);
        session.browser.findElement(By.id("j_password")).sendKeys(password);
        session.browser.findElement(By.id("loginButton")).click();
    }

    /** The candidate, the family's address in Bydgoszcz and Anna Wiśniewska as the first guardian. */
    void fillCandidateAndFamily(String pesel, String firstName, String lastName, String birthIso) {
        type("application:pesel", pesel);
        type("application:firstName", firstName);
        type("application:lastName", lastName);
        date("application:birthDate", birthIso);
        type("application:street", "Gdańska");
        type("application:building", "12/4");
        type("application:postalCode", "85-001");
        type("application:city", "Bydgoszcz");
        type("application:guardians:0:gFirst", "Anna");
        type("application:guardians:0:gLast", "Wiśniewska");
        type("application:guardians:0:gEmail", "anna.wisniewska@poczta.example.pl");
        type("application:guardians:0:gPhone", "600 100 200");
    }

    /** Waits for the text in the element: after a plain form's submit, until the new page shows it. */
    void waitForText(By where, String text) {
        session.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    void type(String id, String text) {
        type(By.id(id), text);
    }

    void type(By where, String text) {
        WebElement field = session.waitFor().until(ExpectedConditions.visibilityOfElementLocated(where));
        field.clear();
        field.sendKeys(text);
    }

    String value(String id) {
        return session.browser.findElement(By.id(id)).getAttribute("value");
    }

    /** A date field as the phone's date picker fills it (ISO), which typing cannot do in every locale. */
    void date(String id, String iso) {
        session.browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, iso);
    }

    /** Chooses the option of a select whose label contains the text. */
    void choose(String id, String text) {
        Select select = new Select(session.browser.findElement(By.id(id)));
        for (WebElement option : select.getOptions()) {
            if (option.getText().contains(text)) {
                option.click();
                return;
            }
        }
        throw new AssertionError("No option with " + text + " in " + id);
    }

    /** Ticks the checkbox of a criterion by its label. */
    void tick(String listId, String label) {
        // right after a sign-in the page asked for may still be loading: wait for the label, as a person would
        WebElement labelled = session.waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//table[@id='" + listId + "']//label[normalize-space(.)='" + label + "']")));
        session.browser.findElement(By.id(labelled.getAttribute("for"))).click();
    }

    void press(String id) {
        session.press(id);
    }

    /** Clicks a button that asks "are you sure?" in the browser's own dialog, and says yes. */
    void clickAndAccept(By button) {
        click(button);
        session.waitFor().until(ExpectedConditions.alertIsPresent()).accept();
    }

    void expectMessage(String text) {
        try {
            // a page replaced while it is read makes Chromium answer "node does not belong to the document": read again
            session.waitFor().ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            // say what the page said instead, which is what one needs to know
            throw new AssertionError("Expected the message \"" + text + "\", the page says: "
                    + session.browser.findElements(By.id("messages")).stream().map(WebElement::getText).toList(), e);
        }
    }

    /** A small PDF, as a scanned statement would be, attached to a criterion. */
    String attachPdf(String criterion) throws IOException {
        Path scan = Files.createTempFile("oswiadczenie", ".pdf");
        Files.write(scan, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        new Select(session.browser.findElement(By.id("upload:criterion"))).selectByVisibleText(criterion);
        session.browser.findElement(By.id("upload:file")).sendKeys(scan.toString());
        press("upload:attach");
        return scan.getFileName().toString();
    }

    /** What a link on the page downloads, in this parent's session. */
    byte[] download(By link) throws IOException, InterruptedException {
        return session.download(session.browser.findElement(link).getAttribute("href"));
    }

    void screenshot(String name) {
        session.screenshot(name);
    }

    @Override
    public void close() {
        session.close();
    }
}
