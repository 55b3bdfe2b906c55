package pl.opium.it;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import pl.opium.recruitment.appeal.AppealService;
import pl.opium.recruitment.application.ApplicationDraft;
import pl.opium.recruitment.application.ApplicationStatus;
import pl.opium.recruitment.application.Guardian;
import pl.opium.recruitment.application.PortalService;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.application.VerificationService;
import pl.opium.recruitment.assignment.AssignmentService;
import pl.opium.recruitment.assignment.SiblingService;
import pl.opium.recruitment.campaign.CampaignService;
import pl.opium.recruitment.campaign.Level;
import pl.opium.recruitment.campaign.OfferAction;
import pl.opium.recruitment.campaign.OfferService;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.Step;
import pl.opium.recruitment.criteria.MunicipalCriterion;
import pl.opium.registry.Address;
import pl.opium.registry.RegistryService;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static pl.opium.it.Campaigns.Phase;

/**
 * A journey: its steps are test methods run in their order, each building on the one before and
 * asserting what its page (or, for the steps the staff and parents take in the server, the service)
 * shows.
 * A preschool's committee at work in Chromium: two children with the same criteria want the one
 * place of a group. The director verifies both applications (a rejection without a reason is
 * refused, the parent's document downloads), the department runs the assignment, which reports the
 * tie instead of drawing lots; the director orders the tie with a justification, the department
 * runs again, and the posted lists and the committee's protocol (with the committee the director
 * appointed) name the child the committee put first. Then appeals on the portal, the department's
 * placement of the child admitted nowhere (after holding her application back from the purge and
 * letting it go) and her parent giving the place up. In a second campaign a parent asks on the
 * portal for twins to be admitted together; the run places them apart and the department adds a
 * place for the twin where her sister got in. Parents' applications are filed in the server, as the
 * portal's service.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommitteeJourneyBrowserIT extends OnSharedDeployment {

    private static final String CAMPAIGN = "Przedszkola — komisja w przeglądarce";
    private static final String OFFICER = "pracownik.prz";
    private static final String DIRECTOR = "p04.dyrektor";
    private static final String WORKING = "both_parents_work";
    private static final String GROUP = "Tęcza";
    /** A group neither family chose: where the department finds a place for the child the committee put second. */
    private static final String OTHER_GROUP = "Słoneczko";
    /** A second campaign, where twins are placed apart and brought together. */
    private static final String TWINS_CAMPAIGN = "Przedszkola — bliźnięta w przeglądarce";
    /** A parent's scanned statement: a PDF as small as Tika still takes for one. */
    private static final byte[] STATEMENT = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @EJB
    private CampaignService campaigns;

    @EJB
    private OfferService offerService;

    @EJB
    private PortalService portal;

    @EJB
    private VerificationService verification;

    @EJB
    private RegistryService registry;

    @EJB
    private AppealService appeals;

    @EJB
    private AssignmentService assignment;

    @EJB
    private SiblingService siblings;

    private Long district;

    @ArquillianResource
    private URL base;

    /** The campaign's id as the client steps find it on the campaigns page (they run in another JVM). */
    private static long campaignId;

    @Test
    @Order(1)
    void twoFamiliesApplyForTheOnePlaceOfAGroup() {
        RecruitmentCampaign campaign = As.user(OFFICER, () -> campaigns.create(CAMPAIGN, Level.PRESCHOOL, "2027/2028", 3,
                List.of(new MunicipalCriterion(WORKING, "Oboje rodzice pracują", 20, "oświadczenie")),
                Campaigns.schedule(Phase.OFFER)));
        long id = campaign.getId();
        long unit = Campaigns.unit(offerService, id, DIRECTOR, GROUP, 1, 0);
        Campaigns.unit(offerService, id, DIRECTOR, OTHER_GROUP, 1, 0);
        Campaigns.offerAction(offerService, id, DIRECTOR, OfferAction.SUBMIT, null);
        Campaigns.departmentOffer(offerService, id, OFFICER, "P 4", OfferAction.APPROVE, null);
        Campaigns.reschedule(campaigns, id, OFFICER, Phase.APPLYING);

        // the families live in the preschool's district (their address is not in the city's address register)
        long preschool = As.user(OFFICER, () -> offerService.offers(id).stream()
                .filter(o -> o.getInstitution().getShortName().equals("P 4")).findFirst().orElseThrow().institutionId());
        district = As.user(OFFICER, () -> registry.institution(preschool).getDistrict().getId());
        int serial = (int) (id % 5000) * 2;
        long nowak = file(id, "rodzic1", LocalDate.of(2023, 2, 1), serial, "Ola", "Nowak", unit);
        As.user("rodzic1", () -> {
            return portal.attach(nowak, portal.application(nowak).getApplication().getVersion(), WORKING,
                    new ByteArrayInputStream(STATEMENT), "oswiadczenie.pdf");
        });
        long zajac = file(id, "rodzic2", LocalDate.of(2023, 4, 3), serial + 1, "Jan", "Zając", unit);
        for (long application : List.of(nowak, zajac)) {
            String parent = application == nowak ? "rodzic1" : "rodzic2";
            As.user(parent, () -> portal.submit(application, portal.application(application).getApplication().getVersion()));
        }
        Campaigns.reschedule(campaigns, id, OFFICER, Phase.VERIFYING);
        // both applications wait for the preschool's verification, the statement attached to the first
        assertThat(As.user(DIRECTOR, () -> verification.toVerify(id)))
                .extracting(RecruitmentApplication::getLastName, RecruitmentApplication::getStatus)
                .containsExactlyInAnyOrder(tuple("Nowak", ApplicationStatus.SUBMITTED), tuple("Zając", ApplicationStatus.SUBMITTED));
        assertThat(As.user(DIRECTOR, () -> verification.document(nowak, 0)).getFileName()).isEqualTo("oswiadczenie.pdf");
    }

    @Test
    @Order(2)
    @RunAsClient
    void theDirectorVerifiesBothApplications() throws Exception {
        try (BrowserSession director = signedIn(DIRECTOR, "recruitment/verification.xhtml")) {
            assertThat(director.browser.findElement(By.id("list:applications")).getText()).contains("Nowak Ola", "Zając Jan");

            open(director, 0);
            assertThat(director.browser.findElement(By.id("application")).getText())
                    .contains("Nowak Ola", "P 4 — " + GROUP, "Oboje rodzice pracują", "wielodzietność rodziny kandydata");
            WebElement document = director.browser.findElement(By.cssSelector("#documents a"));
            assertThat(document.getText()).isEqualTo("oswiadczenie.pdf");
            assertThat(director.download(document.getAttribute("href"))).isEqualTo(STATEMENT);
            verdict(director, 0, false);
            verdict(director, 1, true);
            director.press("application:verify");
            director.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Odrzucając kryterium „Oboje rodzice pracują”, podaj powód"));
            verdict(director, 0, true);
            director.press("application:verify");
            director.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Nowak Ola — zweryfikowany"));

            open(director, 1);
            verdict(director, 0, true);
            verdict(director, 1, true);
            director.press("application:verify");
            director.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Zając Jan — zweryfikowany"));
            assertThat(director.browser.findElement(By.id("list:applications")).getText()).doesNotContain("złożony");
            director.screenshot("recruitment-verification");
        }
    }

    @Test
    @Order(3)
    void verificationEnds() {
        long id = campaignId();
        List<RecruitmentApplication> verified = As.user(DIRECTOR, () -> verification.toVerify(id));
        assertThat(verified).allSatisfy(a -> assertThat(a.getStatus()).isEqualTo(ApplicationStatus.VERIFIED)).hasSize(2);
        // reading an application does not change it: whoever has it open can still save
        long seen = verified.get(0).getVersion();
        As.user(DIRECTOR, () -> verification.application(verified.get(0).getId()));
        assertThat(As.user(DIRECTOR, () -> verification.application(verified.get(0).getId())).getVersion()).isEqualTo(seen);
        Campaigns.reschedule(campaigns, id, OFFICER, Phase.ASSIGNING);
    }

    @Test
    @Order(4)
    @RunAsClient
    void theRunReportsTheTieTheCommitteeOrdersItAndTheRunIsRepeated() throws Exception {
        try (BrowserSession officer = signedIn(OFFICER, "recruitment/assignment.xhtml")) {
            officer.press("runs:run");
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Przydział zgłosił remisy (1)"));
            assertThat(officer.browser.findElement(By.id("ties")).getText()).contains("P 4 — " + GROUP, "Nowak Ola", "Zając Jan");
        }
        try (BrowserSession director = signedIn(DIRECTOR, "recruitment/assignment.xhtml")) {
            List<WebElement> ranks = director.browser.findElements(By.cssSelector("#ties input.rank"));
            assertThat(ranks).hasSize(2);
            // alphabetical at first: Nowak 1, Zając 2; the committee puts Zając first
            ranks.get(0).clear();
            ranks.get(0).sendKeys("2");
            ranks.get(1).clear();
            ranks.get(1).sendKeys("1");
            director.browser.findElement(By.cssSelector("#ties button.decide")).click();
            director.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Rozstrzygnięcie komisji wymaga uzasadnienia"));
            director.browser.findElement(By.cssSelector("#ties textarea")).sendKeys("Komisja uwzględniła bliskość miejsca pracy rodziców.");
            director.browser.findElement(By.cssSelector("#ties button.decide")).click();
            director.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Zapisano rozstrzygnięcie remisu"));
            // until the next run the tie stays, with the decision as it was given
            assertThat(director.browser.findElement(By.id("ties")).getText())
                    .contains("Rozstrzygnięte, czeka na ponowne uruchomienie przydziału", "p04.dyrektor", "bliskość miejsca pracy");
            assertThat(director.browser.findElements(By.cssSelector("#ties input.rank")).get(0).getAttribute("value")).isEqualTo("2");
            director.screenshot("recruitment-tie");
        }
        try (BrowserSession officer = signedIn(OFFICER, "recruitment/assignment.xhtml")) {
            officer.press("runs:run");
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Przydział zakończony: 2 kandydatów, zakwalifikowanych 1"));
            assertThat(officer.browser.findElement(By.id("runs:table")).getText()).contains("ostateczny", "czeka na rozstrzygnięcie remisów");
            assertThat(officer.browser.findElement(By.id("ties")).getText()).contains("Ostatni przydział nie zgłosił remisów");
        }
    }

    @Test
    @Order(5)
    void theQualifiedListsArePublishedAndTheQualifiedChildsParentConfirms() {
        long id = campaignId();
        RecruitmentApplication zajac = As.user(DIRECTOR, () -> verification.toVerify(id)).stream()
                .filter(a -> a.getLastName().equals("Zając")).findFirst().orElseThrow();
        assertThat(zajac.getQualifiedUnit().getName()).isEqualTo(GROUP);
        Campaigns.reschedule(campaigns, id, OFFICER, Phase.CONFIRMING);
        As.user("rodzic2", () -> portal.confirm(zajac.getId(), portal.application(zajac.getId()).getApplication().getVersion()));
    }

    @Test
    @Order(6)
    @RunAsClient
    void theDirectorAppointsTheCommitteeAndDownloadsTheListsAndTheProtocol() throws Exception {
        try (BrowserSession director = signedIn(DIRECTOR, "recruitment/committee.xhtml")) {
            // three rows to begin with, the first one the chair; two people are not a committee
            member(director, 0, "Ewa", "Wrona");
            member(director, 1, "Jan", "Sowa");
            director.press("committee:save");
            director.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Komisja liczy od 3"));
            assertThat(director.browser.findElement(By.id("committee:members:1:lastName")).getAttribute("value")).isEqualTo("Sowa");
            member(director, 2, "Iga", "Czapla");
            director.press("committee:save");
            director.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Zapisano skład komisji; przewodniczy Ewa Wrona"));
            director.screenshot("recruitment-committee");
            director.open("recruitment/assignment.xhtml?campaign=" + campaignId(director));
            String lists = PdfText.of(director.download(director.browser.findElement(By.id("qualifiedPdf")).getAttribute("href")));
            assertThat(lists).contains(GROUP, "Zając Jan", "Nowak Ola");
            assertThat(lists.indexOf("Zając")).isLessThan(lists.indexOf("Nowak"));
            String protocol = PdfText.of(director.download(director.browser.findElement(By.id("protocol")).getAttribute("href")));
            // the protocol's table wraps long texts over lines
            assertThat(protocol).contains("Komisja uwzględniła", "kolejność: Zając Jan,", "Zając Jan, Nowak Ola", "p04.dyrektor",
                    "Skład komisji", "Ewa Wrona", "przewodniczący komisji", "Iga Czapla");
        }
    }

    @Test
    @Order(7)
    void confirmationEnds() {
        long id = campaignId();
        Campaigns.reschedule(campaigns, id, OFFICER, Phase.CLOSING);
        // the main round's confirmation is over; a parent who did not confirm can no longer do it
        assertThat(As.user(OFFICER, () -> campaigns.campaign(id)).getStages())
                .filteredOn(stage -> stage.getRound() == Round.MAIN && stage.getStep() == Step.CONFIRMATION)
                .singleElement().satisfies(stage -> assertThat(stage.getClosesAt()).isBefore(java.time.Instant.now()));
        long nowak = As.user(DIRECTOR, () -> verification.toVerify(id)).stream()
                .filter(a -> a.getLastName().equals("Nowak")).findFirst().orElseThrow().getId();
        assertThatThrownBy(() -> As.user("rodzic1", () -> portal.confirm(nowak, portal.application(nowak).getApplication().getVersion())))
                .isInstanceOf(pl.opium.OpiumException.class);
    }

    @Test
    @Order(8)
    @RunAsClient
    void theDepartmentClosesTheRound() {
        try (BrowserSession officer = signedIn(OFFICER, "recruitment/assignment.xhtml")) {
            officer.press("runs:close");
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Runda zamknięta: przyjętych 1"));
        }
    }

    @Test
    @Order(9)
    void theAdmittedListsAreOut() {
        long id = campaignId();
        Campaigns.reschedule(campaigns, id, OFFICER, Phase.ADMITTED);
        assertThat(As.user("rodzic1", () -> portal.mine()).stream().filter(a -> a.getCampaign().getId() == id)
                .findFirst().orElseThrow().getStatus()).isEqualTo(ApplicationStatus.NOT_ADMITTED);
    }

    @Test
    @Order(10)
    @RunAsClient
    void theRefusedChildsParentAsksForAJustificationOnThePortal() {
        try (PortalPhone phone = new PortalPhone(portal())) {
            phone.open("parent/applications.xhtml");
            phone.signInLocally("rodzic1");
            assertThat(phone.text(By.id("applications"))).contains("Ola Nowak", "nieprzyjęty", "możesz poprosić komisję o uzasadnienie");
            phone.click(By.xpath("//input[contains(@class, 'request') and contains(@value, '" + GROUP + "')]"));
            phone.expectMessage("Wniosek o uzasadnienie został złożony");
            assertThat(phone.text(By.id("applications"))).contains("Komisja przygotowuje uzasadnienie");
        }
    }

    @Test
    @Order(11)
    @RunAsClient
    void theCommitteeGivesTheJustificationTheSystemDrafted() {
        try (BrowserSession director = signedIn(DIRECTOR, "recruitment/appeals.xhtml")) {
            assertThat(director.browser.findElement(By.id("list:appeals")).getText()).contains("Nowak Ola", "uzasadnienie do");
            director.browser.findElement(By.cssSelector("#list\\:appeals button.open")).click();
            director.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("appeal:justification")));
            assertThat(director.browser.findElement(By.id("appeal:justification")).getAttribute("value"))
                    .contains("Najniższa wartość kryteriów, która uprawniała do przyjęcia", "Kandydat uzyskał");
            director.press("appeal:justify");
            director.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Uzasadnienie dla: Nowak Ola — wydane"));
        }
    }

    @Test
    @Order(12)
    @RunAsClient
    void theParentReadsTheJustificationAndAppeals() {
        try (PortalPhone phone = new PortalPhone(portal())) {
            phone.open("parent/applications.xhtml");
            phone.signInLocally("rodzic1");
            assertThat(phone.text(By.cssSelector(".appeal .justification"))).contains("Najniższa wartość kryteriów");
            phone.click(By.cssSelector(".appeal input.appeal"));
            phone.expectMessage("Napisz treść odwołania");
            phone.type(By.cssSelector(".appeal textarea"), "Prosimy o ponowne rozpatrzenie: rodzeństwo chodzi do tego przedszkola.");
            phone.click(By.cssSelector(".appeal input.appeal"));
            phone.expectMessage("Odwołanie zostało wniesione do dyrektora");
            phone.screenshot("portal-appeal");
        }
    }

    @Test
    @Order(13)
    @RunAsClient
    void theDirectorDismissesTheAppealWithAReason() {
        try (BrowserSession director = signedIn(DIRECTOR, "recruitment/appeals.xhtml")) {
            director.browser.findElement(By.cssSelector("#list\\:appeals button.open")).click();
            director.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("appeal:decide")));
            assertThat(director.browser.findElement(By.id("appealText")).getText()).contains("rodzeństwo chodzi do tego przedszkola");
            director.browser.findElement(By.cssSelector("label[for='appeal:outcome:1']")).click();
            director.press("appeal:decide");
            director.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Rozstrzygnięcie odwołania wymaga uzasadnienia"));
            director.browser.findElement(By.id("appeal:reason")).sendKeys("Rodzeństwo nie było zadeklarowane we wniosku.");
            director.press("appeal:decide");
            director.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Odwołanie: Nowak Ola — rozstrzygnięte"));
            assertThat(director.browser.findElement(By.id("list:appeals")).getText()).contains("nieuwzględnione");
            director.screenshot("recruitment-appeal");
        }
    }

    @Test
    @Order(14)
    @RunAsClient
    void theParentReadsTheDirectorsDecision() {
        try (PortalPhone phone = new PortalPhone(portal())) {
            phone.open("parent/applications.xhtml");
            phone.signInLocally("rodzic1");
            assertThat(phone.text(By.cssSelector(".appeal .outcome"))).contains("nieuwzględnione", "Rodzeństwo nie było zadeklarowane");
        }
    }

    @Test
    @Order(15)
    @RunAsClient
    void theDepartmentPlacesTheChildAdmittedNowhereAndArchivesTheApplications() throws Exception {
        try (BrowserSession officer = signedIn(OFFICER, "recruitment/supervision.xhtml")) {
            assertThat(officer.browser.findElement(By.id("statuses")).getText()).contains("przyjęty 1", "nieprzyjęty 1");
            assertThat(officer.browser.findElements(By.cssSelector("#demand\\:districts canvas"))).hasSize(1);
            assertThat(officer.browser.findElement(By.id("unplaced:table")).getText())
                    .contains("Nowak Ola", "P 4 — " + OTHER_GROUP);
            officer.screenshot("recruitment-supervision");

            // a court case about Ola's refusal: her application is held back from the purge, then let go
            officer.browser.findElement(By.id("retention:search")).sendKeys("nowak");
            officer.press("retention:find");
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("retention:found"), "Nowak Ola"));
            officer.browser.findElement(By.cssSelector("#retention\\:found button.hold")).click();
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Podaj, dlaczego wniosek ma być przechowywany dłużej"));
            officer.browser.findElement(By.cssSelector("#retention\\:found input.reason")).sendKeys("Skarga do WSA, II SA/Bd 7/27");
            officer.browser.findElement(By.cssSelector("#retention\\:found button.hold")).click();
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("retention:held"),
                    "Skarga do WSA, II SA/Bd 7/27"));
            assertThat(officer.browser.findElement(By.id("retention:held")).getText()).contains("Nowak Ola");
            assertThat(officer.browser.findElement(By.id("messages")).getText()).contains("nie zostanie usunięty")
                    .doesNotContain("Nie znaleziono");
            officer.screenshot("recruitment-retention");
            officer.browser.findElement(By.cssSelector("#retention\\:held button.release")).click();
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("retention:held"),
                    "Żaden wniosek nie jest wstrzymany"));
            officer.settle();

            officer.browser.findElement(By.cssSelector("#unplaced\\:table button.place")).click();
            officer.settle();
            assertThat(officer.browser.findElement(By.id("messages")).getText()).contains("Nowak Ola: przyjęty(a) do P 4 — " + OTHER_GROUP);
            assertThat(officer.browser.findElement(By.id("unplaced:table")).getText()).contains("Wszystkie dzieci");

            // the archive: the preschool's applications with their documents, for external media
            byte[] zip = officer.download(officer.browser.findElement(By.cssSelector("#archive a.zip")).getAttribute("href"));
            List<String> entries = new ArrayList<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    entries.add(entry.getName());
                }
            }
            assertThat(entries).hasSize(3).anyMatch(name -> name.contains("Nowak Ola") && name.endsWith("oswiadczenie.pdf"))
                    .anyMatch(name -> name.contains("Zając Jan") && name.endsWith("wniosek.pdf"));
            // the data of children not admitted stays for a year
            officer.press("archive:purge");
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Dane kandydatów nieprzyjętych przechowuje się przez rok"));
        }
    }

    @Test
    @Order(16)
    void theChildIsAdmittedWhereTheDepartmentPlacedIt() {
        long id = campaignId();
        String result = As.user("rodzic1", () -> portal.mine().stream()
                .filter(a -> a.getCampaign().getId() == id).findFirst()
                .map(a -> a.getStatus() + " " + a.getAdmittedUnit().getName()).orElseThrow());
        assertThat(result).isEqualTo(ApplicationStatus.ADMITTED + " " + OTHER_GROUP);
    }

    @Test
    @Order(17)
    @RunAsClient
    void theFamilyMovesAwayAndTheParentGivesThePlaceUp() {
        try (PortalPhone phone = new PortalPhone(portal())) {
            phone.open("parent/applications.xhtml");
            phone.signInLocally("rodzic1");
            // the newest application comes first: this campaign's
            phone.clickAndAccept(By.cssSelector("input.resign"));
            phone.expectMessage("Zrezygnowano z miejsca");
            assertThat(phone.text(By.cssSelector(".status"))).contains("rezygnacja z miejsca");
            phone.screenshot("portal-resigned");
        }
    }

    @Test
    @Order(18)
    void thePlaceGivenUpIsFreeAgain() {
        long id = campaignId();
        assertThat(campaigns.catalogue(id)).filteredOn(entry -> entry.unit().equals(OTHER_GROUP)).singleElement()
                .satisfies(entry -> assertThat(entry.free()).isEqualTo(entry.places()));
    }

    @Test
    @Order(19)
    @RunAsClient
    void theDepartmentMakesAnAccountForAParentWhoThenSignsIn() {
        String surname = "Żądło" + System.nanoTime() % 100_000;
        String login;
        String password;
        try (BrowserSession officer = new BrowserSession(base).logIn("pracownik.prz")) {
            officer.open("recruitment/parents.xhtml");
            officer.press("create:issue");
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Podaj imię i nazwisko"));
            officer.browser.findElement(By.id("create:firstName")).sendKeys("Łucja");
            officer.browser.findElement(By.id("create:lastName")).sendKeys(surname);
            officer.press("create:issue");
            officer.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedPassword")));
            login = officer.browser.findElement(By.id("issuedLogin")).getText();
            password = officer.browser.findElement(By.id("issuedPassword")).getText();
            assertThat(login).startsWith("lucja.zadlo");
            officer.screenshot("parent-account");
        }
        try (PortalPhone phone = new PortalPhone(portal())) {
            phone.open("parent/applications.xhtml");
            phone.signInLocally(login, password);
            // the password from the desk is replaced first, whatever page is asked for
            assertThat(phone.text(By.id("firstSignIn"))).contains("To hasło nadał ktoś inny");
            phone.open("parent/applications.xhtml");
            assertThat(phone.text(By.id("firstSignIn"))).as("no way round it").contains("wybierz własne");
            phone.type("password:current", password);
            phone.type("password:chosen", password);
            phone.type("password:repeated", password);
            phone.press("password:change");
            phone.expectMessage("Nowe hasło musi być inne niż dotychczasowe");
            phone.type("password:current", password);
            phone.type("password:chosen", "Moje2027haslo");
            phone.type("password:repeated", "Moje2027haslo");
            phone.press("password:change");
            phone.expectMessage("Hasło zostało zmienione");
            // a new account of its own: none of the other parents' applications
            assertThat(phone.text(By.tagName("h1"))).isEqualTo("Moje wnioski");
            assertThat(phone.text(By.id("noApplications"))).contains("Nie masz jeszcze żadnego wniosku");
        }
    }

    @Test
    @Order(20)
    void twinsAndTwoOtherChildrenApplyInASecondCampaign() {
        RecruitmentCampaign campaign = As.user(OFFICER, () -> campaigns.create(TWINS_CAMPAIGN, Level.PRESCHOOL, "2027/2028", 3,
                List.of(new MunicipalCriterion(WORKING, "Oboje rodzice pracują", 20, "oświadczenie")),
                Campaigns.schedule(Phase.OFFER)));
        long id = campaign.getId();
        long big = Campaigns.unit(offerService, id, DIRECTOR, "Zuchy", 2, 0);
        long small = Campaigns.unit(offerService, id, DIRECTOR, "Skrzaty", 1, 0);
        Campaigns.offerAction(offerService, id, DIRECTOR, OfferAction.SUBMIT, null);
        Campaigns.departmentOffer(offerService, id, OFFICER, "P 4", OfferAction.APPROVE, null);
        Campaigns.reschedule(campaigns, id, OFFICER, Phase.APPLYING);
        int serial = (int) (id % 5000) * 4;
        LocalDate born = LocalDate.of(2023, 6, 1);
        // Ola's points reach Zuchy, her twin Ela's do not; Jan takes Zuchy's other place and Ada Skrzaty's only one
        long[] filed = {
                file(id, "rodzic3", born, serial, "Ola", "Bliźniak", List.of(big, small), Set.of(WORKING)),
                file(id, "rodzic3", born, serial + 1, "Ela", "Bliźniak", List.of(big, small), Set.of()),
                file(id, "rodzic1", LocalDate.of(2023, 1, 5), serial + 2, "Jan", "Mazur", List.of(big), Set.of(WORKING)),
                file(id, "rodzic2", LocalDate.of(2023, 2, 7), serial + 3, "Ada", "Kruk", List.of(small), Set.of(WORKING))};
        String[] parents = {"rodzic3", "rodzic3", "rodzic1", "rodzic2"};
        for (int i = 0; i < parents.length; i++) {
            long application = filed[i];
            As.user(parents[i], () -> portal.submit(application, portal.application(application).getApplication().getVersion()));
        }
        // the twins are one family's two submitted applications, each naming both groups
        assertThat(As.user("rodzic3", () -> portal.mine())).filteredOn(a -> a.getCampaign().getId() == id)
                .extracting(RecruitmentApplication::getFirstName, RecruitmentApplication::getStatus)
                .containsExactlyInAnyOrder(tuple("Ola", ApplicationStatus.SUBMITTED), tuple("Ela", ApplicationStatus.SUBMITTED));
    }

    @Test
    @Order(21)
    @RunAsClient
    void theParentAsksForTheTwinsToBeAdmittedTogether() {
        try (PortalPhone phone = new PortalPhone(portal())) {
            phone.open("parent/applications.xhtml");
            phone.signInLocally("rodzic3");
            phone.tick("siblings:children", "Ola Bliźniak (" + TWINS_CAMPAIGN + ")");
            phone.press("siblings:mark");
            phone.expectMessage("Zaznacz od 2 do 6 wniosków");
            phone.tick("siblings:children", "Ola Bliźniak (" + TWINS_CAMPAIGN + ")");
            phone.tick("siblings:children", "Ela Bliźniak (" + TWINS_CAMPAIGN + ")");
            phone.press("siblings:mark");
            phone.expectMessage("Zapisano prośbę o przyjęcie rodzeństwa razem");
            assertThat(phone.text(By.id("applications"))).contains("Zgłoszone razem z rodzeństwem: Ola Bliźniak",
                    "Zgłoszone razem z rodzeństwem: Ela Bliźniak");
            phone.screenshot("portal-siblings");
        }
    }

    @Test
    @Order(22)
    void theTwinsAreVerifiedAndTheRunPlacesThemApart() {
        long id = twinsCampaignId();
        Campaigns.reschedule(campaigns, id, OFFICER, Phase.VERIFYING);
        for (RecruitmentApplication application : As.user(DIRECTOR, () -> verification.toVerify(id))) {
            Map<String, Boolean> verdicts = application.getFirstName().equals("Ela") ? Map.of() : Map.of(WORKING, true);
            As.user(DIRECTOR, () -> verification.verify(application.getId(),
                    verification.application(application.getId()).getVersion(), verdicts, Map.of()));
        }
        Campaigns.reschedule(campaigns, id, OFFICER, Phase.ASSIGNING);
        assertThat(As.user(OFFICER, () -> assignment.run(id, Round.MAIN)).getPlaced()).isEqualTo(3);
        assertThat(As.user(OFFICER, () -> siblings.apart(id, Round.MAIN))).hasSize(1);
    }

    @Test
    @Order(23)
    @RunAsClient
    void theDepartmentAddsAPlaceForTheTwinAndRunsAgain() {
        try (BrowserSession director = new BrowserSession(base).logIn(DIRECTOR)) {
            director.open("recruitment/verification.xhtml?campaign=" + latestCampaign(director, TWINS_CAMPAIGN));
            List<WebElement> rows = director.browser.findElements(By.cssSelector("#list\\:applications tr.application"));
            int ela = 0;
            while (!rows.get(ela).getText().contains("Bliźniak Ela")) {
                ela++;
            }
            // verified already: the application opens without its verdict buttons
            director.browser.findElements(By.cssSelector("#list\\:applications button.open")).get(ela).click();
            director.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("siblings")));
            assertThat(director.browser.findElement(By.id("siblings")).getText())
                    .isEqualTo("Rodzic prosi o przyjęcie razem z rodzeństwem: Bliźniak Ola (P 4 — Zuchy)");
        }
        try (BrowserSession officer = new BrowserSession(base).logIn(OFFICER)) {
            officer.open("recruitment/assignment.xhtml?campaign=" + latestCampaign(officer, TWINS_CAMPAIGN));
            assertThat(officer.browser.findElement(By.id("siblings")).getText())
                    .contains("Bliźniak Ola (P 4 — Zuchy)", "Bliźniak Ela (—)", "P 4 — Zuchy", "całe rodzeństwo będzie razem");
            officer.browser.findElement(By.cssSelector("#siblings button.place")).click();
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Decyzja o dodatkowym miejscu dla rodzeństwa wymaga uzasadnienia"));
            officer.browser.findElement(By.cssSelector("#siblings textarea"))
                    .sendKeys("Bliźnięta; organ prowadzący zwiększa liczbę miejsc w grupie Zuchy o jedno.");
            officer.browser.findElement(By.cssSelector("#siblings button.place")).click();
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Dodano miejsce w P 4 — Zuchy dla: Bliźniak Ela"));
            assertThat(officer.browser.findElement(By.id("siblings:placements")).getText()).contains("Bliźniak Ela", "nie (");
            // until the next run the option stays, as decided
            assertThat(officer.browser.findElement(By.id("siblings")).getText()).contains("Dodano to miejsce; uruchom przydział ponownie");
            assertThat(officer.browser.findElements(By.cssSelector("#siblings button.place"))).isEmpty();
            officer.browser.executeScript("document.getElementById('siblings').scrollIntoView();");
            officer.screenshot("recruitment-siblings");
            officer.press("runs:run");
            officer.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Przydział zakończony: 4 kandydatów, zakwalifikowanych 4"));
            assertThat(officer.browser.findElement(By.id("siblings")).getText())
                    .contains("nie rozdzielił żadnego rodzeństwa", "tak, w ostatnim przydziale");
        }
    }

    @Test
    @Order(24)
    void theTwinsQualifyForTheSameGroupAndNobodyLostAPlace() {
        long id = twinsCampaignId();
        Map<String, String> qualified = new java.util.HashMap<String, String>();
        As.user(DIRECTOR, () -> verification.toVerify(id)).forEach(a -> qualified.put(a.getFirstName(),
                a.getQualifiedUnit() == null ? "—" : a.getQualifiedUnit().getName()));
        assertThat(qualified).containsEntry("Ola", "Zuchy").containsEntry("Ela", "Zuchy").containsEntry("Jan", "Zuchy")
                .containsEntry("Ada", "Skrzaty");
    }

    private long file(long campaign, String parent, LocalDate born, int serial, String firstName, String lastName, long unit) {
        return file(campaign, parent, born, serial, firstName, lastName, List.of(unit), Set.of("LARGE_FAMILY", WORKING));
    }

    private long file(long campaign, String parent, LocalDate born, int serial, String firstName, String lastName,
                      List<Long> units, Set<String> declared) {
        ApplicationDraft draft = new ApplicationDraft(Campaigns.pesel(born, serial), firstName, lastName, born,
                new Address("Gdańska", "12", "85-001", "Bydgoszcz", null, null), district,
                List.of(new Guardian("Anna", lastName, "rodzic@poczta.example.pl", "600100200")), units, declared);
        return As.user(parent, () -> portal.create(campaign, draft).getId());
    }

    private URL portal() {
        return Deployments.portal(base);
    }

    /** In the server: the latest campaign of the name. */
    private long campaignId() {
        return campaigns.campaigns().stream().filter(c -> c.getName().equals(CAMPAIGN))
                .mapToLong(RecruitmentCampaign::getId).max().orElseThrow();
    }

    /** A person signed in, on one of the campaign's pages. */
    private BrowserSession signedIn(String username, String page) {
        BrowserSession session = new BrowserSession(base).logIn(username);
        session.open(page + "?campaign=" + campaignId(session));
        return session;
    }

    /** In the server: the latest campaign of the twins. */
    private long twinsCampaignId() {
        return campaigns.campaigns().stream().filter(c -> c.getName().equals(TWINS_CAMPAIGN))
                .mapToLong(RecruitmentCampaign::getId).max().orElseThrow();
    }

    /** In the client: the latest campaign of the name on the campaigns page. */
    private static long campaignId(BrowserSession session) {
        if (campaignId == 0) {
            campaignId = latestCampaign(session, CAMPAIGN);
        }
        return campaignId;
    }

    /** In the client: the latest campaign of a name on the campaigns page (earlier runs may have left some). */
    private static long latestCampaign(BrowserSession session, String name) {
        session.open("recruitment/campaigns.xhtml");
        long latest = 0;
        // a loop, not a lambda: a lambda over WebElement would be a method the server cannot load
        for (WebElement link : session.browser.findElements(By.linkText(name))) {
            latest = Math.max(latest, Long.parseLong(link.getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1")));
        }
        return latest;
    }

    private static void member(BrowserSession director, int row, String firstName, String lastName) {
        director.browser.findElement(By.id("committee:members:" + row + ":firstName")).sendKeys(firstName);
        director.browser.findElement(By.id("committee:members:" + row + ":lastName")).sendKeys(lastName);
    }

    private static void open(BrowserSession director, int row) {
        director.browser.findElements(By.cssSelector("#list\\:applications button.open")).get(row).click();
        director.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("application:verify")));
        director.settle();
    }

    /** Clicks "potwierdzone" or "odrzucone" in a criterion's row, as a person clicks the label. */
    private static void verdict(BrowserSession director, int row, boolean confirmed) {
        String radio = "application:verdicts:" + row + ":verdict:" + (confirmed ? 0 : 1);
        director.browser.findElement(By.cssSelector("label[for='" + radio + "']")).click();
    }
}
