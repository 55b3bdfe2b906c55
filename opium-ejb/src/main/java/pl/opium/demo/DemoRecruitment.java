package pl.opium.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.recruitment.appeal.AppealService;
import pl.opium.recruitment.application.ApplicationDraft;
import pl.opium.recruitment.application.Guardian;
import pl.opium.recruitment.application.PortalService;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.application.SecondaryResults;
import pl.opium.recruitment.application.VerificationService;
import pl.opium.recruitment.assignment.AssignmentService;
import pl.opium.recruitment.assignment.OpenTie;
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
    static final String SECONDARY = "Rekrutacja do szkół ponadpodstawowych 2027/2028";
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

    @EJB
    private AssignmentService assignment;

    @EJB
    private AppealService appeals;

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

    /**
     * The secondary schools' recruitment walked to its end: two classes offered and approved, five
     * eighth-graders' applications with their exam and grades, verified; the run reports a tie for the
     * last place of the biology-chemistry class, its committee orders it and the run is repeated; the
     * qualified confirm, the round is closed and the admitted lists are out; the parent of the candidate
     * the tie left out asks for the committee's justification, gets it and appeals to the director.
     * Returns the campaign's id.
     */
    public long secondaryCampaignWithAnAppeal() {
        String officer = "pracownik.spp";
        long id = DemoUsers.as(officer, () -> campaigns.create(SECONDARY, Level.SECONDARY, "2027/2028", 5, List.of(),
                schedule(Duration.ofDays(3)))).getId();
        long biologyChemistry = secondaryClass(id, "lo03", "1a biologiczno-chemiczna", "biologia, chemia");
        long polytechnic = secondaryClass(id, "lo04", "1b politechniczna", "fizyka, informatyka");
        DemoUsers.as(officer, () -> offers.offers(id).forEach(offer ->
                offers.perform(offer.getId(), offer.getVersion(), OfferAction.APPROVE, null)));

        reschedule(id, officer, Duration.ofDays(-5));
        LocalDate born = LocalDate.of(2012, 4, 17);
        Map<String, Integer> strong = Map.of("język polski", 5, "matematyka", 5, "biologia", 6, "chemia", 6);
        Map<String, Integer> even = Map.of("język polski", 4, "matematyka", 4, "biologia", 5, "chemia", 5);
        Map<String, Integer> technical = Map.of("język polski", 4, "matematyka", 6, "fizyka", 5, "informatyka", 6);
        long ola = secondary(id, "rodzic1", "Ola", "Wrona", born, 5_100, List.of(biologyChemistry, polytechnic),
                Set.of(SecondaryResults.DISTINCTION), new SecondaryResults(90, 80, 100, strong, 0));
        long piotr = secondary(id, "rodzic2", "Piotr", "Sowa", born, 5_111, List.of(biologyChemistry),
                Set.of(), new SecondaryResults(60, 60, 60, even, 0));
        long kuba = secondary(id, "rodzic3", "Kuba", "Czajka", born, 5_122, List.of(biologyChemistry),
                Set.of(), new SecondaryResults(60, 60, 60, even, 0));
        long maja = secondary(id, "rodzic4", "Maja", "Sikora", born, 5_133, List.of(polytechnic),
                Set.of(), new SecondaryResults(75, 85, 70, technical, 0));
        long leon = secondary(id, "rodzic5", "Leon", "Kania", born, 5_144, List.of(polytechnic, biologyChemistry),
                Set.of(), new SecondaryResults(50, 65, 55, technical, 0));

        reschedule(id, officer, Duration.ofDays(-12));
        verify("lo03.dyrektor", ola, Map.of(SecondaryResults.DISTINCTION, true));
        for (long application : List.of(piotr, kuba)) {
            verify("lo03.dyrektor", application, Map.of());
        }
        for (long application : List.of(maja, leon)) {
            verify("lo04.dyrektor", application, Map.of());
        }

        reschedule(id, officer, Duration.ofDays(-18));
        DemoUsers.as(officer, () -> assignment.run(id, Round.MAIN));
        DemoUsers.as("lo03.dyrektor", () -> {
            OpenTie tie = assignment.myTies(id, Round.MAIN).get(0);
            return assignment.orderTie(tie.run(), tie.index(), List.of(piotr, kuba),
                    "Komisja uwzględniła wyższą ocenę z zachowania Piotra Sowy (wzorowe wobec bardzo dobrego).");
        });
        DemoUsers.as(officer, () -> assignment.run(id, Round.MAIN));

        reschedule(id, officer, Duration.ofDays(-22)); // qualified lists out, confirmation open
        for (String parent : List.of("rodzic1", "rodzic2", "rodzic4", "rodzic5")) {
            DemoUsers.as(parent, () -> portal.mine().stream()
                    .filter(application -> application.getCampaign().getId() == id)
                    .filter(application -> application.getQualifiedUnit() != null)
                    .forEach(application -> portal.confirm(application.getId(), application.getVersion())));
        }
        reschedule(id, officer, Duration.ofDays(-26));
        DemoUsers.as(officer, () -> assignment.closeRound(id, Round.MAIN));

        reschedule(id, officer, Duration.ofDays(-30)); // the admitted lists are out
        long appeal = DemoUsers.as("rodzic3", () -> portal.requestJustification(kuba, biologyChemistry).getId());
        DemoUsers.as("lo03.dyrektor", () -> {
            long version = appeals.appeals(id).stream().filter(a -> a.getId() == appeal).findFirst().orElseThrow()
                    .getVersion();
            return appeals.justify(appeal, version, appeals.draftJustification(appeal));
        });
        DemoUsers.as("rodzic3", () -> {
            long version = portal.application(kuba).getAppeals().stream().filter(a -> a.getId() == appeal)
                    .findFirst().orElseThrow().getVersion();
            return portal.appeal(appeal, version, "Syn ma takie same wyniki jak przyjęty kandydat; prosimy o ponowne "
                    + "rozpatrzenie i przyjęcie do klasy biologiczno-chemicznej.");
        });
        return id;
    }

    /** The school's class with its two subjects, offered and submitted by its director; the unit's id. */
    private long secondaryClass(long campaign, String school, String name, String subjects) {
        return DemoUsers.as(school + ".dyrektor", () -> {
            Offer offer = offers.myOffer(campaign);
            long unit = offers.addUnit(offer.getId(), offer.getVersion(), new UnitDraft(name, UnitKind.GENERAL, 2, 0,
                    subjects)).getId();
            Offer fresh = offers.myOffer(campaign);
            offers.perform(fresh.getId(), fresh.getVersion(), OfferAction.SUBMIT, null);
            return unit;
        });
    }

    private long secondary(long campaign, String parent, String first, String last, LocalDate born, int serial,
                           List<Long> units, Set<String> declared, SecondaryResults results) {
        ApplicationDraft draft = new ApplicationDraft(Pesel.of(born, serial), first, last, born, null, null,
                List.of(new Guardian("Ewa", last, parent + "@poczta.example.pl", "600200300")), units, declared, results);
        return DemoUsers.as(parent, () -> {
            RecruitmentApplication filed = portal.create(campaign, draft);
            return portal.submit(filed.getId(), portal.application(filed.getId()).getApplication().getVersion()).getId();
        });
    }

    private void verify(String director, long application, Map<String, Boolean> verdicts) {
        DemoUsers.as(director, () -> {
            RecruitmentApplication read = verification.application(application);
            return verification.verify(read.getId(), read.getVersion(), verdicts, Map.of());
        });
    }

    private void reschedule(long id, Duration applicationsOpened) {
        reschedule(id, DemoStory.OFFICER, applicationsOpened);
    }

    private void reschedule(long id, String officer, Duration applicationsOpened) {
        DemoUsers.as(officer, () -> campaigns.reschedule(id, campaigns.campaign(id).getVersion(),
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
