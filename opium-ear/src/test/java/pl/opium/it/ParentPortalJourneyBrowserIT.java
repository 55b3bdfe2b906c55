package pl.opium.it;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import pl.opium.recruitment.application.ApplicationStatus;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.application.SecondaryResults;
import pl.opium.recruitment.application.VerificationService;
import pl.opium.recruitment.assignment.AssignmentRun;
import pl.opium.recruitment.assignment.AssignmentService;
import pl.opium.recruitment.campaign.CampaignService;
import pl.opium.recruitment.campaign.Level;
import pl.opium.recruitment.campaign.Offer;
import pl.opium.recruitment.campaign.OfferAction;
import pl.opium.recruitment.campaign.OfferService;
import pl.opium.recruitment.campaign.OfferStatus;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.UnitDraft;
import pl.opium.recruitment.campaign.UnitKind;
import pl.opium.recruitment.criteria.MunicipalCriterion;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.opium.it.Campaigns.Phase;

/**
 * A journey: its steps are test methods run in their order, each building on the one before and
 * asserting what its page (or, for the steps the staff and parents take in the server, the service)
 * shows.
 * A parent signs in through the city's OIDC broker (a real OIDC provider, {@link OidcBroker}), applies
 * on a phone-sized screen with three preferences and a document, and after verification and the
 * assignment sees the result and confirms the place. The department's and the preschool's parts run
 * in the server between the parent's visits, as the services the staff pages call.
 */
@ExtendWith(OidcBroker.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParentPortalJourneyBrowserIT extends OnSharedDeployment {

    private static final String CAMPAIGN = "Przedszkola — rekrutacja przez portal";
    private static final String OFFICER = "pracownik.prz";
    private static final String WORKING = "both_parents_work";
    private static final String PARENT = "anna.wisniewska";
    private static final String[] UNITS = {"Biedronki", "Motylki", "Pszczółki"};
    private static final String SECONDARY = "Licea — rekrutacja przez portal";
    private static final String CLASS = "1a biologiczno-chemiczna";

    @EJB
    private CampaignService campaigns;

    @EJB
    private OfferService offerService;

    @EJB
    private VerificationService verification;

    @EJB
    private AssignmentService assignment;

    @ArquillianResource
    private URL base;

    /** The parent's application, found by the preschool in step 3 (in-container steps share the server's JVM). */
    private static long applicationId;

    @Test
    @Order(1)
    void theDepartmentOpensACampaignOfThreePreschools() {
        RecruitmentCampaign campaign = As.user(OFFICER, () -> campaigns.create(CAMPAIGN, Level.PRESCHOOL, "2027/2028", 3,
                List.of(new MunicipalCriterion(WORKING, "Oboje rodzice pracują", 20, "oświadczenie")),
                Campaigns.schedule(Phase.OFFER)));
        long id = campaign.getId();
        for (int i = 0; i < UNITS.length; i++) {
            String director = "p0" + (4 + i) + ".dyrektor";
            Campaigns.unit(offerService, id, director, UNITS[i], 20, 0);
            Campaigns.offerAction(offerService, id, director, OfferAction.SUBMIT, null);
            Campaigns.departmentOffer(offerService, id, OFFICER, "P " + (4 + i), OfferAction.APPROVE, null);
        }
        Campaigns.reschedule(campaigns, id, OFFICER, Phase.APPLYING);
        assertThat(campaigns.catalogue(id)).extracting(CampaignService.CatalogueEntry::unit).containsExactlyInAnyOrder(UNITS);
    }

    @Test
    @Order(2)
    @RunAsClient
    void aParentSignsInThroughTheBrokerAndAppliesWithThreePreferencesAndADocument() throws Exception {
        try (PortalPhone phone = new PortalPhone(portal())) {
            phone.open("index.xhtml");
            phone.click(By.linkText(CAMPAIGN));
            assertThat(phone.text(By.id("catalogue"))).contains(UNITS);
            phone.screenshot("portal-catalogue");
            // narrowed to one group, typed without Polish letters; the form keeps what was typed
            phone.type("q", "pszczolki");
            phone.click(By.id("show"));
            phone.waitForText(By.id("shown"), "Pokazano oddziałów: 1 z 3");
            assertThat(phone.text(By.id("catalogue"))).contains("Pszczółki").doesNotContain("Biedronki", "Motylki");
            assertThat(phone.value("q")).isEqualTo("pszczolki");
            phone.click(By.id("apply"));

            phone.signInAtTheBroker(OidcBroker.ISSUER, OidcBroker.CLIENT, PARENT);
            phone.fillCandidateAndFamily(Campaigns.pesel(LocalDate.of(2023, 3, 9), 4321), "Zuzanna", "Wiśniewska", "2023-03-09");
            for (int slot = 0; slot < UNITS.length; slot++) {
                phone.choose("application:slots:" + slot + ":preference", UNITS[(slot + 1) % UNITS.length]);
            }
            phone.tick("application:declared", "Oboje rodzice pracują");
            phone.tick("application:declared", "wielodzietność rodziny kandydata");
            phone.screenshot("portal-application-form");
            phone.press("application:save");
            phone.expectMessage("Wniosek zapisano");

            String document = phone.attachPdf("Oboje rodzice pracują");
            phone.expectMessage("Dołączono");
            assertThat(phone.text(By.id("documents"))).contains(document);

            phone.press("submitForm:submit");
            phone.expectMessage("Wniosek złożono");
            assertThat(phone.text(By.cssSelector("#applications .application")))
                    .contains("Zuzanna Wiśniewska", "złożony", UNITS[1], UNITS[2], UNITS[0]);
            byte[] pdf = phone.download(By.partialLinkText("PDF"));
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            phone.screenshot("portal-submitted");
        }
    }

    @Test
    @Order(3)
    void thePreschoolVerifiesAndTheDepartmentAssigns() {
        long id = campaignId();
        Campaigns.reschedule(campaigns, id, OFFICER, Phase.VERIFYING);
        // the first choice verifies: Motylki at P 5
        RecruitmentApplication filed = As.user("p05.dyrektor", () -> verification.toVerify(id)).stream()
                .filter(a -> a.getLastName().equals("Wiśniewska")).findFirst().orElseThrow();
        assertThat(filed.getOwnerLogin()).isEqualTo("oidc:" + PARENT);
        assertThat(filed.getDocuments()).hasSize(1);
        applicationId = filed.getId();
        As.user("p05.dyrektor", () -> verification.verify(filed.getId(), verification.application(filed.getId()).getVersion(),
                Map.of(WORKING, true, "LARGE_FAMILY", true), Map.of()));
        Campaigns.reschedule(campaigns, id, OFFICER, Phase.ASSIGNING);
        AssignmentRun run = As.user(OFFICER, () -> assignment.run(id, Round.MAIN));
        assertThat(run.isFinalResult()).isTrue();
        Campaigns.reschedule(campaigns, id, OFFICER, Phase.CONFIRMING);
    }

    @Test
    @Order(4)
    @RunAsClient
    void theParentSeesTheResultAndConfirmsThePlace() {
        try (PortalPhone phone = new PortalPhone(portal())) {
            phone.open("parent/applications.xhtml");
            phone.signInAtTheBroker(OidcBroker.ISSUER, OidcBroker.CLIENT, PARENT);
            assertThat(phone.text(By.cssSelector("#applications .application"))).contains("Zakwalifikowany do:", UNITS[1]);
            phone.click(By.cssSelector("#applications .application input.confirm"));
            phone.expectMessage("Wola przyjęcia została potwierdzona");
            assertThat(phone.text(By.cssSelector("#applications .application"))).contains("wola przyjęcia potwierdzona");
            phone.screenshot("portal-confirmed");
        }
    }

    @Test
    @Order(5)
    void theConfirmationIsRecorded() {
        RecruitmentApplication confirmed = As.user("p05.dyrektor", () -> verification.application(applicationId));
        assertThat(confirmed.getStatus()).isEqualTo(ApplicationStatus.CONFIRMED);
        assertThat(confirmed.getQualifiedUnit().getName()).isEqualTo(UNITS[1]);
    }

    @Test
    @Order(6)
    void theDepartmentOpensASecondaryCampaign() {
        RecruitmentCampaign campaign = As.user("pracownik.spp", () -> campaigns.create(SECONDARY, Level.SECONDARY, "2027/2028", 5,
                List.of(), Campaigns.schedule(Phase.OFFER)));
        long id = campaign.getId();
        As.user("lo01.dyrektor", () -> {
            Offer offer = offerService.myOffer(id);
            return offerService.addUnit(offer.getId(), offer.getVersion(),
                    new UnitDraft(CLASS, UnitKind.GENERAL, 30, 0, "biologia, chemia"));
        });
        Campaigns.offerAction(offerService, id, "lo01.dyrektor", OfferAction.SUBMIT, null);
        Offer submitted = As.user("pracownik.spp", () -> offerService.offers(id)).get(0);
        As.user("pracownik.spp", () -> offerService.perform(submitted.getId(), submitted.getVersion(), OfferAction.APPROVE, null));
        Campaigns.reschedule(campaigns, id, "pracownik.spp", Phase.APPLYING);
        // the approved class is what the public catalogue offers
        assertThat(As.user("pracownik.spp", () -> offerService.offers(id))).singleElement()
                .satisfies(offer -> assertThat(offer.getStatus()).isEqualTo(OfferStatus.APPROVED));
        assertThat(campaigns.catalogue(id)).extracting(CampaignService.CatalogueEntry::getUnit).containsExactly(CLASS);
    }

    @Test
    @Order(7)
    @RunAsClient
    void theParentOfAnEighthGraderEntersTheExamAndTheGrades() {
        try (PortalPhone phone = new PortalPhone(portal())) {
            phone.open("index.xhtml");
            phone.click(By.linkText(SECONDARY));
            phone.click(By.id("apply"));
            phone.signInAtTheBroker(OidcBroker.ISSUER, OidcBroker.CLIENT, PARENT);
            phone.fillCandidateAndFamily(Campaigns.pesel(LocalDate.of(2012, 5, 20), 4321), "Karol", "Wiśniewski", "2012-05-20");
            phone.choose("application:slots:0:preference", CLASS);
            phone.type("application:examPolish", "90");
            phone.type("application:examMaths", "80");
            phone.choose("application:grades:0:grade", "5");
            phone.choose("application:grades:1:grade", "5");
            phone.choose("application:grades:6:grade", "6");
            phone.choose("application:grades:7:grade", "6");
            phone.press("application:save");
            phone.expectMessage("Podaj wszystkie trzy wyniki egzaminu albo żadnego");

            phone.type("application:examLanguage", "100");
            phone.press("application:save");
            phone.expectMessage("Wniosek zapisano");
            assertThat(phone.value("application:examLanguage")).isEqualTo("100");
            phone.screenshot("portal-secondary");
            phone.press("submitForm:submit");
            phone.expectMessage("Wniosek złożono");
        }
    }

    @Test
    @Order(8)
    void theSchoolSeesTheResultsTheParentEntered() {
        long id = campaigns.campaigns().stream().filter(c -> c.getName().equals(SECONDARY))
                .mapToLong(RecruitmentCampaign::getId).max().orElseThrow();
        SecondaryResults results = As.user("lo01.dyrektor", () -> verification.toVerify(id)).stream()
                .filter(a -> a.getOwnerLogin().equals("oidc:" + PARENT)).findFirst().orElseThrow().secondaryResults();
        assertThat(results).isEqualTo(new SecondaryResults(90, 80, 100,
                Map.of("język polski", 5, "matematyka", 5, "biologia", 6, "chemia", 6), 0));
    }

    private long campaignId() {
        return campaigns.campaigns().stream().filter(c -> c.getName().equals(CAMPAIGN)).findFirst().orElseThrow().getId();
    }

    private URL portal() {
        return Deployments.portal(base);
    }

    @Test
    @Order(9)
    @RunAsClient
    void thePortalsAnswersCarryTheSecurityHeaders() throws Exception {
        java.net.http.HttpClient plain = java.net.http.HttpClient.newHttpClient();
        for (String page : List.of("index.xhtml", "parent/applications.xhtml")) {
            java.net.http.HttpResponse<String> answer = plain.send(java.net.http.HttpRequest.newBuilder(
                    portal().toURI().resolve(page)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            java.net.http.HttpHeaders headers = answer.headers();
            assertThat(headers.firstValue("X-Frame-Options")).as(page).hasValue("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(page).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.allValues("Content-Security-Policy")).as(page)
                    .anySatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
        }
    }
}
