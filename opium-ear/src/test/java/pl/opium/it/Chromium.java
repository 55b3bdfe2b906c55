package pl.opium.it;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's headless Chromium and its driver. Where they are not installed (a developer's laptop
 * without them) the browser tests are skipped with the reason printed; where they are required
 * ({@code -Dbrowser.required=true}, as CI runs the tests) their absence fails the test: a missing
 * browser must not turn into a green run.
 */
final class Chromium {

    private static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    static ChromeDriver start(int width, int height) {
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        String reason = "Browser test skipped: " + BROWSER + " or " + DRIVER
                + " is missing (apt-get install chromium chromium-driver)";
        if (!present && Boolean.getBoolean("browser.required")) {
            throw new IllegalStateException(reason.replace("skipped", "cannot run") + "; CI requires it");
        }
        if (!present) {
            System.out.println(reason);
        }
        Assumptions.assumeTrue(present, reason);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=pl-PL", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
