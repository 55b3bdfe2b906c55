package pl.opium.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.recruitment.application.ApplicationDraft;
import pl.opium.recruitment.application.Guardian;
import pl.opium.recruitment.application.PortalService;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.application.VerificationService;
import pl.opium.recruitment.campaign.CampaignService;
import pl.opium.recruitment.campaign.Level;
import pl.opium.recruitment.campaign.Offer;
import pl.opium.recruitment.campaign.OfferAction;
import pl.opium.recruitment.campaign.OfferService;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.StagePeriod;
import pl.opium.recruitment.campaign.Step;
import pl.opium.recruitment.campaign.UnitDraft;
import pl.opium.recruitment.campaign.UnitKind;
import pl.opium.recruitment.criteria.MunicipalCriterion;
import pl.opium.registry.Address;
import pl.opium.registry.Pesel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo's preschool recruitment, walked as a city walks it: the department sets up the campaign,
 * four preschools offer their groups and the department approves them; the schedule is amended so
 * that applications are open and parents file and submit theirs on the portal; amended again so
 * that verification is open, and one preschool has verified some of its applications.
 */
@Stateless
@PermitAll // called by the demo city only; each step is taken as a demo user, whose roles the services check
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoRecruitment {

    static final String CAMPAIGN = "Rekrutacja do przedszkoli 2027/2028";
    private static final String WORKING = "pracujacy_rodzice";
    private static final List<String> PRESCHOOLS = List.of("p20", "p21", "p22", "p23");
    private static final List<String> GROUPS = List.of("Motylki", "Jeżyki");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CampaignService campaigns;

    @EJB
    private OfferService offers;

    @EJB
    private PortalService portal;

    @EJB
    private VerificationService verification;

    /** The campaign, in verification; its id. */
    public long preschoolCampaignInVerification() {
        RecruitmentCampaign campaign = DemoUsers.as(DemoStory.OFFICER, () -> campaigns.create(CAMPAIGN, Level.PRESCHOOL,
                "2027/2028", 3, List.of(new MunicipalCriterion(WORKING, "Oboje rodzice pracują lub studiują", 20,
                        "oświadczenie rodzica")), schedule(Duration.ofDays(3))));
        long id = campaign.getId();
        List<Long> units = new ArrayList<>();
        for (String preschool : PRESCHOOLS) {
            String director = preschool + ".dyrektor";
            DemoUsers.as(director, () -> {
                Offer offer = offers.myOffer(id);
                long version = offer.getVersion();
                for (String group : GROUPS) {
                    units.add(offers.addUnit(offer.getId(), version, new UnitDraft(group, UnitKind.GENERAL, 25, 3, null))
                            .getId());
                    version = offers.myOffer(id).getVersion();
                }
                offers.perform(offer.getId(), version, OfferAction.SUBMIT, null);
            });
        }
        DemoUsers.as(DemoStory.OFFICER, () -> offers.offers(id).forEach(offer ->
                offers.perform(offer.getId(), offer.getVersion(), OfferAction.APPROVE, null)));

        reschedule(id, Duration.ofDays(-5)); // applications open
        Long district = em.createQuery("select d.id from District d order by d.name", Long.class)
                .setMaxResults(1).getSingleResult();
        record Child(String parent, String first, String last, LocalDate born, List<Integer> choices, Set<String> declared) {
        }
        List<Child> children = List.of(
                new Child("rodzic1", "Zofia", "Kowalska", LocalDate.of(2023, 3, 14), List.of(0, 1, 2), Set.of("LARGE_FAMILY", WORKING)),
                new Child("rodzic1", "Antoni", "Kowalski", LocalDate.of(2022, 1, 9), List.of(0, 2), Set.of("LARGE_FAMILY", WORKING)),
                new Child("rodzic2", "Hanna", "Wiśniewska", LocalDate.of(2023, 7, 2), List.of(0, 3), Set.of(WORKING)),
                new Child("rodzic3", "Jan", "Wójcik", LocalDate.of(2023, 5, 21), List.of(1, 0), Set.of()),
                new Child("rodzic4", "Maja", "Kamińska", LocalDate.of(2023, 10, 30), List.of(2, 4, 6), Set.of("SINGLE_PARENTING")),
                new Child("rodzic5", "Leon", "Lewandowski", LocalDate.of(2023, 2, 5), List.of(4, 5), Set.of(WORKING)),
                new Child("rodzic5", "Lena", "Lewandowska", LocalDate.of(2023, 2, 5), List.of(4, 5), Set.of(WORKING)));
        List<Long> filed = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            Child child = children.get(i);
            ApplicationDraft draft = new ApplicationDraft(Pesel.of(child.born(), 4_000 + i * 11), child.first(),
                    child.last(), child.born(), new Address("Gdańska", String.valueOf(10 + i), "85-001", "Bydgoszcz",
                    null, null), district, List.of(new Guardian("Ewa", child.last(), child.parent() + "@poczta.example.pl",
                    "600100" + (200 + i))), child.choices().stream().map(units::get).toList(), child.declared(), null);
            long application = DemoUsers.as(child.parent(), () -> portal.create(id, draft).getId());
            filed.add(application);
            if (i != children.size() - 1) { // the last one stays a draft the parent has not sent yet
                DemoUsers.as(child.parent(), () -> portal.submit(application,
                        portal.application(application).getApplication().getVersion()));
            }
        }

        reschedule(id, Duration.ofDays(-12)); // verification open
        DemoUsers.as("p20.dyrektor", () -> {
            List<RecruitmentApplication> waiting = verification.toVerify(id);
            for (RecruitmentApplication application : waiting.subList(0, Math.min(2, waiting.size()))) {
                RecruitmentApplication read = verification.application(application.getId());
                Map<String, Boolean> verdicts = new java.util.HashMap<>();
                read.getDeclarations().forEach(declaration -> verdicts.put(declaration.getCriterion(), true));
                verification.verify(read.getId(), read.getVersion(), verdicts, Map.of());
            }
        });
        return id;
    }

    private void reschedule(long id, Duration applicationsOpened) {
        DemoUsers.as(DemoStory.OFFICER, () -> campaigns.reschedule(id, campaigns.campaign(id).getVersion(),
                schedule(applicationsOpened)));
    }

    /**
     * The main round, with applications opening at now plus the offset: ten days of applications, a
     * week of verification, qualified lists and confirmation after a gap for the assignment, then the
     * admitted lists.
     */
    private static List<StagePeriod> schedule(Duration applicationsOpen) {
        Instant base = Instant.now().plus(applicationsOpen);
        return List.of(
                new StagePeriod(Round.MAIN, Step.APPLICATIONS, days(base, 0), days(base, 10)),
                new StagePeriod(Round.MAIN, Step.VERIFICATION, days(base, 10), days(base, 17)),
                new StagePeriod(Round.MAIN, Step.QUALIFIED_LISTS, days(base, 20), days(base, 60)),
                new StagePeriod(Round.MAIN, Step.CONFIRMATION, days(base, 20), days(base, 25)),
                new StagePeriod(Round.MAIN, Step.ADMITTED_LISTS, days(base, 27), days(base, 120)));
    }

    private static Instant days(Instant base, int days) {
        return base.plus(Duration.ofDays(days));
    }
}
