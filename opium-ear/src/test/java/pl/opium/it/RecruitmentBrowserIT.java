package pl.opium.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offer of a campaign in Chromium: the department opens a campaign (a criterion row without
 * points is refused in Polish and nothing is created), a preschool adds a group to its offer and
 * submits it, the department approves it.
 */
@RunAsClient
class RecruitmentBrowserIT extends FromOutside {

    @Test
    void theDepartmentOpensACampaignAPreschoolOffersAGroupAndTheDepartmentApprovesIt() {
        String name = "Przedszkola 2028/2029 nr " + ThreadLocalRandom.current().nextInt(1_000_000);
        String campaignPage;
        try (BrowserSession officer = new BrowserSession(base).logIn("pracownik.prz")) {
            officer.open("recruitment/campaigns.xhtml");
            officer.browser.findElement(By.id("newCampaign:name")).sendKeys(name);
            officer.browser.findElement(By.id("newCampaign:criteria:0:criterionName")).sendKeys("Rodzeństwo w przedszkolu");
            officer.browser.findElement(By.id("newCampaign:criteria:0:criterionPoints_input")).sendKeys("15");
            officer.browser.findElement(By.id("newCampaign:criteria:0:criterionDocument")).sendKeys("oświadczenie rodzica");
            officer.browser.findElement(By.id("newCampaign:criteria:1:criterionName")).sendKeys("Oboje rodzice pracują");
            officer.press("newCampaign:create");
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Kryterium w wierszu 2 wymaga nazwy i liczby punktów"));

            officer.browser.findElement(By.id("newCampaign:criteria:1:criterionPoints_input")).sendKeys("20");
            officer.press("newCampaign:create");
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Utworzono rekrutację"));
            campaignPage = officer.browser.getCurrentUrl();
            assertThat(officer.browser.findElement(By.id("schedule:stages")).getText())
                    .contains("składanie wniosków", "listy przyjętych w rekrutacji uzupełniającej");
            officer.screenshot("recruitment-campaign");
        }

        try (BrowserSession director = new BrowserSession(base).logIn("p07.dyrektor")) {
            director.browser.get(campaignPage);
            director.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("myOffer:unitName")));
            director.browser.findElement(By.id("myOffer:unitName")).sendKeys("Grupa Słoneczka");
            director.press("myOffer:addUnit");
            director.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Dodano oddział"));
            assertThat(director.browser.findElement(By.id("myOffer:units")).getText()).contains("Grupa Słoneczka", "25");
            director.press("myOffer:submitOffer");
            director.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("offerStatus"),
                    "czeka na zatwierdzenie"));
        }

        try (BrowserSession officer = new BrowserSession(base).logIn("pracownik.prz")) {
            officer.browser.get(campaignPage);
            officer.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("offers:table")));
            assertThat(officer.browser.findElement(By.id("offers:table")).getText()).contains("Grupa Słoneczka (25)");
            officer.browser.findElement(By.cssSelector("#offers\\:table button.approve")).click();
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "została zatwierdzona"));
            assertThat(officer.browser.findElement(By.id("offers:table")).getText()).contains("zatwierdzona");
            officer.screenshot("recruitment-offers");
        }
    }
}
