package pl.opium.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** One person's headless Chromium on the application: logging in, waiting, screenshots, downloads. */
final class BrowserSession implements AutoCloseable {

    final ChromeDriver browser;
    private final URL base;

    BrowserSession(URL base, int width, int height) {
        this.base = base;
        this.browser = Chromium.start(width, height);
    }

    BrowserSession(URL base) {
        this(base, 1280, 900);
    }

    /**
     * Waits up to 20 s. A node the page redrew under the question (Chromium's "does not belong to the
     * document", a stale element) is asked about again rather than failing the wait.
     */
    WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
        return wait;
    }

    BrowserSession logIn(String username) {
        browser.get(base + "index.xhtml");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        Accessibility.check(browser);
        browser.findElement(By.id("j_username")).sendKeys(username);
        browser.findElement(By.id("j_password")).sendKeys(As.DEMO_PASSWORD);
        browser.findElement(By.id("loginButton")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));
        settle();
        Accessibility.check(browser);
        return this;
    }

    /** Opens an intranet page and checks it against WCAG 2.1 AA (axe-core, {@link Accessibility#check}). */
    void open(String page) {
        browser.get(base + page);
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));
        settle();
        Accessibility.check(browser);
    }

    /** Ticks items of a checkbox menu, using its filter the way a person types. */
    void tick(String menuId, String... labels) {
        String css = "#" + menuId.replace(":", "\\:");
        String panel = menuId + "_panel";
        for (String label : labels) {
            browser.findElement(By.cssSelector(css + " .ui-selectcheckboxmenu-trigger")).click();
            waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(panel)));
            WebElement filter = browser.findElement(By.cssSelector("#" + panel.replace(":", "\\:") + " input[type=text]"));
            filter.clear();
            filter.sendKeys(label);
            By item = By.xpath("//div[@id='" + panel + "']//li[.//label[normalize-space(text())='" + label
                    + "']]//div[contains(@class,'ui-chkbox-box')]");
            waitFor().until(ExpectedConditions.elementToBeClickable(item)).click();
            browser.findElement(By.cssSelector("#" + panel.replace(":", "\\:") + " .ui-selectcheckboxmenu-close")).click();
            waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id(panel)));
        }
    }

    /**
     * Answers "yes" in the page's confirmation dialog. By script: a real click during the dialog's fade-in, or while
     * a chart re-lays the page out, is sometimes lost.
     */
    void confirm(String yesButtonId) {
        WebElement yes = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(yesButtonId)));
        browser.executeScript("arguments[0].click();", yes);
    }

    /**
     * Types a date into a date picker's field as a person does. The calendar does not open as one types
     * (the pickers have {@code showOnFocus="false"}: it would lie over the fields below, and PrimeFaces
     * 15 did not close it on Escape after typing); the page must show none afterwards.
     */
    void typeDate(String pickerId, LocalDate date) {
        browser.findElement(By.id(pickerId + "_input")).sendKeys(date.toString());
        assertThat(browser.findElements(By.id(pickerId + "_panel"))).noneMatch(WebElement::isDisplayed);
    }

    /** Waits until the page's Ajax requests are done, so that what they redraw is not found a moment before it goes. */
    void settle() {
        waitFor().until(driver -> Boolean.TRUE.equals(browser.executeScript(
                "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /**
     * Clicks a button the way a person does, after the page has settled and with the button in the
     * middle of the window. A click another element takes while the page is still moving (an upload's
     * bar appearing) is tried again from the start, at most three times.
     */
    void press(String id) {
        for (int attempt = 1; ; attempt++) {
            settle();
            WebElement button = browser.findElement(By.id(id));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
            try {
                waitFor().until(ExpectedConditions.elementToBeClickable(button)).click();
                return;
            } catch (ElementClickInterceptedException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Saves and submits the compose page; returns the message page it leads to, once it shows the head's turn. */
    String submitForApproval() {
        press("compose:submit");
        try {
            waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Czeka na akceptację kierownika"));
        } catch (TimeoutException e) {
            screenshot("submit-for-approval-failed");
            throw new AssertionError("The message did not reach the head; the page at " + browser.getCurrentUrl()
                    + " says: " + browser.findElement(By.tagName("body")).getText(), e);
        }
        return browser.getCurrentUrl();
    }

    /** Approves the message on its page and waits for the status it moves to. */
    void approve(String messagePage, String statusAfter) {
        browser.get(messagePage);
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".action-APPROVE")));
        browser.findElement(By.cssSelector(".action-APPROVE")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), statusAfter));
    }

    /** The message's id in its page's address. */
    static long messageId(String messagePage) {
        return Long.parseLong(messagePage.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Downloads what a link points to within this person's session (the browser's own download dialog is not scriptable). */
    byte[] download(String href) throws IOException, InterruptedException {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("Download of " + href + " answered " + response.statusCode());
        }
        return response.body();
    }

    @Override
    public void close() {
        browser.quit();
    }
}
