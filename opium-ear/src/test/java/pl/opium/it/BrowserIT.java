package pl.opium.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The main journeys of issue 2 in a real headless Chromium: log in, see the registry, keep contacts. */
@RunAsClient
class BrowserIT extends FromOutside {

    private BrowserSession session;
    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    private void start(int width, int height) {
        session = new BrowserSession(base, width, height);
        browser = session.browser;
    }

    private WebDriverWait waitFor() {
        return session.waitFor();
    }

    private void logIn(String username) {
        session.logIn(username);
    }

    private void screenshot(String name) {
        session.screenshot(name);
    }

    @Test
    void directorLogsInAndOpensTheirInstitution() throws IOException {
        start(1280, 900);
        logIn("sp01.dyrektor");

        assertThat(browser.findElement(By.id("workplace")).getText()).contains("Szkoła Podstawowa nr 1 im.");
        browser.findElement(By.id("ownInstitution")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("institution:staff")));

        assertThat(browser.findElement(By.id("shortName")).getText()).isEqualTo("SP 1");
        assertThat(browser.findElement(By.id("institution:staff")).getText()).contains("Dyrektor").contains("Sekretariat");
        screenshot("director-institution");
    }

    @Test
    void officerFiltersTheRegistryAndAddsAStaffContact() throws IOException {
        start(1280, 900);
        logIn("pracownik.prz");
        browser.get(base + "registry/institutions.xhtml");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("list:table")));

        browser.findElement(By.id("list:text")).sendKeys("Bursa Szkolna nr 2");
        waitFor().until(d -> d.findElements(By.cssSelector("#list\\:table tbody tr")).size() == 1
                && d.findElement(By.id("list:table")).getText().contains("BURSA 2"));
        screenshot("registry-filtered");
        browser.findElement(By.linkText("BURSA 2")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("institution:addStaff")));

        String lastName = "Testowa" + ThreadLocalRandom.current().nextInt(100_000);
        browser.findElement(By.id("institution:addStaff")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("staffDialogForm:firstName")));
        browser.findElement(By.id("staffDialogForm:firstName")).sendKeys("Zofia");
        browser.findElement(By.id("staffDialogForm:lastName")).sendKeys(lastName);
        browser.findElement(By.id("staffDialogForm:email")).sendKeys("zofia@example.pl");
        browser.findElement(By.id("staffDialogForm:saveStaff")).click();

        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("institution:staff"), lastName));
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("staffDialog")));
        screenshot("staff-added");
    }

    @Test
    void emptyRequiredFieldIsReportedInPolishAndNothingIsSaved() {
        start(1280, 900);
        logIn("pracownik.prz");
        browser.get(base + "registry/institution-edit.xhtml");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:save")));

        browser.findElement(By.id("edit:regon")).sendKeys("123456789");
        browser.findElement(By.id("edit:save")).click();

        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")));
        String messages = browser.findElement(By.id("messages")).getText();
        assertThat(messages).contains("pole jest wymagane").contains("REGON musi mieć 9 lub 14 cyfr");
        assertThat(browser.getCurrentUrl()).contains("institution-edit.xhtml");
    }

    @Test
    void officerImportsAnRspoExportAndSeesTheRejectedLine() throws IOException {
        start(1280, 900);
        String rspo = RegistryIT.uniqueRspo();
        Path csv = csv("rspo", "Numer RSPO;REGON;Typ;Nazwa;Kod pocztowy\n"
                + rspo + ";123456785;Przedszkole;Przedszkole Miejskie nr 99;85-001\n"
                + "0042;;Przedszkole;Przedszkole bez numeru;85001\n");
        openImportPage();
        importFile("import", csv);

        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")));
        assertThat(browser.findElement(By.id("summary")).getText()).contains("Utworzono: 1").contains("Odrzucono wierszy: 1");
        assertThat(browser.findElement(By.id("rejected")).getText()).contains("3")
                .contains("niepoprawny numer RSPO").contains("kod pocztowy nie ma postaci 00-000");
        screenshot("rspo-import");
    }

    @Test
    void officerReplacesTheAddressPointRegisterAndAFileInTheWrongEncodingChangesNothing() throws IOException {
        start(1280, 900);
        Path csv = csv("prg", "MIEJSCOWOSC;ULICA;NUMER;KOD_POCZTOWY;X;Y\n"
                + "Bydgoszcz;ul. Żeglarska;10;85-001;584000,5;433000,5\n"
                + "Bydgoszcz;Fordońska;3;85-700;584100;433100\n"
                + "Bydgoszcz;Fordońska;5;85-700;pięć;433100\n");
        openImportPage();
        importFile("prg", csv);
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("prgReport:rejected")));
        assertThat(browser.findElement(By.id("messages")).getText())
                .contains("Rejestr punktów adresowych zastąpiony: wczytano 2 punktów, odrzucono wierszy: 1");
        assertThat(browser.findElement(By.id("prgReport:rejected")).getText()).contains("4", "współrzędna nie jest liczbą");
        assertThat(browser.findElement(By.id("addressPoints")).getText()).isEqualTo("2");

        // the same file as Excel saves a CSV for Windows: refused whole, the register as it was
        Files.write(csv, Files.readString(csv).getBytes(java.nio.charset.Charset.forName("windows-1250")));
        importFile("prg", csv);
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "kodowaniu UTF-8"));
        assertThat(browser.findElement(By.id("addressPoints")).getText()).isEqualTo("2");
        screenshot("prg-import");
    }

    private static Path csv(String name, String content) throws IOException {
        Path csv = Files.createTempFile(name, ".csv");
        Files.writeString(csv, content, java.nio.charset.StandardCharsets.UTF_8);
        return csv;
    }

    private void openImportPage() {
        logIn("pracownik.prz");
        browser.get(base + "registry/import.xhtml");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]")));
    }

    /** Chooses the file in the form's file field and sends it. */
    private void importFile(String form, Path csv) {
        browser.findElement(By.cssSelector("#" + form + " input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.id(form + ":upload")).click();
    }

    @Test
    void administratorCreatesAnAccountThatCanLogIn() {
        start(1280, 900);
        String username = "nowy." + ThreadLocalRandom.current().nextInt(1_000_000);
        logIn("admin");
        browser.get(base + "admin/user-edit.xhtml");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("user:create")));

        browser.findElement(By.id("user:username")).sendKeys(username);
        browser.findElement(By.id("user:firstName")).sendKeys("Marta");
        browser.findElement(By.id("user:lastName")).sendKeys("Nowicka");
        // the widget's own selection call, as its click handler makes it: clicking the animated
        // overlay races the animation on a loaded machine
        String unitValue = browser.findElement(By.xpath(
                "//select[@id='user:unit_input']/option[text()='Referat Przedszkoli']")).getAttribute("value");
        browser.executeScript("PrimeFaces.getWidgetById('user:unit').selectValue(arguments[0]);", unitValue);
        assertThat(browser.findElement(By.id("user:unit_label")).getText()).isEqualTo("Referat Przedszkoli");
        browser.findElement(By.xpath("//label[text()='Pracownik wydziału']")).click();
        browser.findElement(By.id("user:passwordNew")).sendKeys("Poczatek2026");
        browser.findElement(By.id("user:create")).click();

        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("roles:saveRoles")));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Utworzono konto " + username);

        browser.findElement(By.id("logoutButton")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        browser.findElement(By.id("j_username")).sendKeys(username);
        browser.findElement(By.id("j_password")).sendKeys("Poczatek2026");
        browser.findElement(By.id("loginButton")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("ownUnit")));
        assertThat(browser.findElement(By.id("ownUnit")).getText()).isEqualTo("Referat Przedszkoli");
    }

    @Test
    void pagesFitAPhoneScreen() throws IOException {
        start(390, 844);
        logIn("sp01.sekretariat");
        browser.findElement(By.id("ownInstitution")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("institution:staff")));

        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) (WebDriver) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        screenshot("phone-institution");
        assertThat(overflow).as("no horizontal scrolling on a phone").isLessThanOrEqualTo(0L);
    }
}
