package pl.opium.it;

import jakarta.ejb.EJB;
import org.junit.jupiter.api.Test;
import pl.opium.OpiumException;
import pl.opium.files.Attachment;
import pl.opium.files.AttachmentService;
import pl.opium.identity.AccessDeniedException;
import pl.opium.identity.AccountService;
import pl.opium.identity.AuditAction;
import pl.opium.identity.ParentAccountService;
import pl.opium.identity.UserAccount;
import pl.opium.recruitment.appeal.Appeal;
import pl.opium.recruitment.appeal.AppealOutcome;
import pl.opium.recruitment.appeal.AppealService;
import pl.opium.recruitment.application.ApplicationDraft;
import pl.opium.recruitment.application.ApplicationStatus;
import pl.opium.recruitment.application.ApplicationView;
import pl.opium.recruitment.application.Guardian;
import pl.opium.recruitment.application.PortalService;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.application.SecondaryResults;
import pl.opium.recruitment.application.VerificationService;
import pl.opium.recruitment.archive.ArchiveService;
import pl.opium.recruitment.archive.RecruitmentPurge;
import pl.opium.recruitment.assignment.AssignmentRun;
import pl.opium.recruitment.assignment.AssignmentService;
import pl.opium.recruitment.assignment.SiblingService;
import pl.opium.recruitment.assignment.SiblingsApart;
import pl.opium.recruitment.campaign.CampaignService;
import pl.opium.recruitment.campaign.CommitteeMember;
import pl.opium.recruitment.campaign.Level;
import pl.opium.recruitment.campaign.Offer;
import pl.opium.recruitment.campaign.OfferAction;
import pl.opium.recruitment.campaign.OfferService;
import pl.opium.recruitment.campaign.OfferStatus;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.Unit;
import pl.opium.recruitment.campaign.UnitDraft;
import pl.opium.recruitment.campaign.UnitKind;
import pl.opium.recruitment.criteria.MunicipalCriterion;
import pl.opium.recruitment.lists.RecruitmentDocuments;
import pl.opium.recruitment.lists.RecruitmentLists;
import pl.opium.recruitment.lists.UnitList;
import pl.opium.recruitment.supervision.SupervisionService;
import pl.opium.registry.Address;
import pl.opium.registry.AddressRegisterService;
import pl.opium.registry.Institution;
import pl.opium.registry.RegistryService;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.opium.it.Campaigns.Phase;

/**
 * A whole preschool campaign on the demo city, both databases: offers approved, applications with
 * documents, verification, an assignment with a tie the committee decides, confirmation, admitted
 * lists, an appeal upheld, a placement by the department and the supplementary round. The schedule
 * is amended between the phases, as a city does, so that every refusal outside a stage is real.
 */
class RecruitmentIT extends OnSharedDeployment {

    private static final String OFFICER = "pracownik.prz";
    private static final String BOTH_WORK = "both_parents_work";
    private static final String SIBLING = "sibling";
    private static final LocalDate BORN = LocalDate.of(2023, 5, 14);

    @jakarta.annotation.Resource
    private jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @EJB
    private CampaignService campaigns;

    @EJB
    private OfferService offerService;

    @EJB
    private AccountService accounts;

    @EJB
    private ParentAccountService parentAccounts;

    @EJB
    private PortalService portal;

    @EJB
    private VerificationService verification;

    @EJB
    private AssignmentService assignment;

    @EJB
    private SiblingService siblings;

    @EJB
    private RecruitmentLists lists;

    @EJB
    private AppealService appeals;

    @EJB
    private AttachmentService files;

    @EJB
    private ArchiveService archives;

    @EJB
    private SupervisionService supervision;

    @EJB
    private AddressRegisterService addresses;

    @EJB
    private RegistryService registry;

    @EJB
    private pl.opium.identity.AuditLog audit;

    @EJB
    private pl.opium.files.StoredFiles storedFiles;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/OpiumDS")
    private javax.sql.DataSource dataSource;

    @jakarta.persistence.PersistenceUnit(unitName = "opium")
    private jakarta.persistence.EntityManagerFactory entityManagers;

    private long campaignId;
    private final int serials = ThreadLocalRandom.current().nextInt(1000, 9000);

    @Test
    void aWholeCampaignFromOfferToSupplementaryRound() throws Exception {
        RecruitmentCampaign campaign = As.user(OFFICER, () -> campaigns.create("Przedszkola 2027/2028", Level.PRESCHOOL,
                "2027/2028", 3, List.of(new MunicipalCriterion(BOTH_WORK, "Oboje rodzice pracują", 20, "oświadczenie"),
                        new MunicipalCriterion(SIBLING, "Rodzeństwo w przedszkolu", 15, "oświadczenie")),
                Campaigns.schedule(Phase.OFFER)));
        campaignId = campaign.getId();

        // the offer: three preschools, one returned once
        long a = unit("p01.dyrektor", "Grupa 3-latków", 3, 1);
        long b = unit("p02.dyrektor", "Grupa mieszana", 3, 0);
        long c = unit("p03.dyrektor", "Grupa 4-latków", 2, 0);
        assertThatThrownBy(() -> offerAction("p01.sekretariat", OfferAction.SUBMIT, null))
                .isInstanceOfSatisfying(OpiumException.class, e -> assertThat(e.getMessageKey()).isEqualTo("workflow.notAllowed"));
        for (String director : List.of("p01.dyrektor", "p02.dyrektor", "p03.dyrektor")) {
            offerAction(director, OfferAction.SUBMIT, null);
        }
        departmentOffer("P 3", OfferAction.RETURN, "Proszę podać liczbę dzieci kontynuujących");
        assertThat(offerAction("p03.dyrektor", OfferAction.SUBMIT, null).getStatus()).isEqualTo(OfferStatus.SUBMITTED);
        for (String institution : List.of("P 1", "P 2", "P 3")) {
            assertThat(departmentOffer(institution, OfferAction.APPROVE, null).getStatus()).isEqualTo(OfferStatus.APPROVED);
        }

        // P 1's committee: its director appoints it after the approval; the secretary may not, nor a stale page
        List<CommitteeMember> committee = List.of(new CommitteeMember("Jan", "Sowa", false),
                new CommitteeMember("Ewa", "Wrona", true), new CommitteeMember("Iga", "Czapla", false));
        Offer p1Offer = As.user("p01.dyrektor", () -> offerService.myOffer(campaignId));
        assertThatThrownBy(() -> As.user("p01.sekretariat", () -> offerService.appointCommittee(p1Offer.getId(),
                p1Offer.getVersion(), committee))).isInstanceOf(jakarta.ejb.EJBAccessException.class);
        assertThatThrownBy(() -> As.user("p02.dyrektor", () -> offerService.appointCommittee(p1Offer.getId(),
                p1Offer.getVersion(), committee))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("p01.dyrektor", () -> offerService.appointCommittee(p1Offer.getId(),
                p1Offer.getVersion(), committee.subList(0, 2)))).satisfies(e -> assertRefusal(e, "recruitment.committee.size"));
        assertThat(As.user("p01.dyrektor", () -> offerService.appointCommittee(p1Offer.getId(), p1Offer.getVersion(), committee)
                .getCommittee())).extracting(CommitteeMember::getName).containsExactly("Ewa Wrona", "Jan Sowa", "Iga Czapla");
        assertThatThrownBy(() -> As.user("p01.dyrektor", () -> offerService.appointCommittee(p1Offer.getId(),
                p1Offer.getVersion(), List.of(committee.get(2), committee.get(1), committee.get(0))))).satisfies(e -> assertRefusal(e, "concurrentModification"));

        // the city's address points: the candidates' street lies where P 2 stands
        long p2 = institution("P 2");
        Institution p2Site = As.user(OFFICER, () -> registry.institution(p2));
        As.user(OFFICER, () -> addresses.importPrg(new ByteArrayInputStream(prgFile(p2Site.getAddress().getLatitude(),
                p2Site.getAddress().getLongitude()).getBytes(StandardCharsets.UTF_8))));

        // applications; the catalogue is public
        reschedule(Phase.APPLYING);
        assertThat(campaigns.catalogue(campaignId)).extracting(CampaignService.CatalogueEntry::unit,
                        CampaignService.CatalogueEntry::places, CampaignService.CatalogueEntry::free)
                .contains(org.assertj.core.groups.Tuple.tuple("Grupa 3-latków", 2, 2),
                        org.assertj.core.groups.Tuple.tuple("Grupa 4-latków", 2, 2));
        assertThatThrownBy(() -> As.user("p01.dyrektor", () -> offerService.changeUnit(a, unitVersion("p01.dyrektor", a),
                new UnitDraft("Grupa 3-latków", UnitKind.GENERAL, 30, 1, null))))
                .satisfies(e -> assertRefusal(e, "recruitment.offer.applicationsOpen"));
        assertThatThrownBy(() -> apply("rodzic1", draft("11111111111", "Ala", "Lis", List.of(a), Set.of())))
                .satisfies(e -> assertRefusal(e, "recruitment.application.pesel"));
        assertThatThrownBy(() -> apply("rodzic1", new ApplicationDraft(Campaigns.pesel(BORN, serials), "Ala", "Lis",
                BORN.plusDays(1), null, null, guardians(), List.of(a), Set.of())))
                .satisfies(e -> assertRefusal(e, "recruitment.application.birthDate"));
        assertThatThrownBy(() -> apply("rodzic1", draft(pesel(9), "Ala", "Lis", List.of(a, b, c, a), Set.of())))
                .satisfies(e -> assertRefusal(e, "recruitment.application.tooManyPreferences"));

        long ala = submitted("rodzic1", draft(pesel(1), "Ala", "Lis", List.of(a, b), Set.of("LARGE_FAMILY", BOTH_WORK)));
        long bartek = submitted("rodzic2", draft(pesel(2), "Bartek", "Łukasik", List.of(a, c), Set.of("LARGE_FAMILY", BOTH_WORK)));
        long celina = submitted("rodzic3", draft(pesel(3), "Celina", "Zając", List.of(a, b), Set.of("LARGE_FAMILY", SIBLING)));
        long darek = submitted("rodzic4", draft(pesel(4), "Darek", "Kowalski", List.of(a), Set.of("LARGE_FAMILY", BOTH_WORK)));
        long ewa = submitted("rodzic5", draft(pesel(5), "Ewa", "Nowak", List.of(b), Set.of()));
        long henryk = submitted("rodzic3", draft(pesel(6), "Henryk", "Zając", List.of(a), Set.of()));
        long filip = submitted("rodzic5", draft(pesel(10), "Filip", "Nowak", List.of(b), Set.of()));
        As.user("rodzic5", () -> portal.withdraw(filip, currentVersion("rodzic5", filip)));
        long darekAgain = apply("rodzic4", draft(pesel(4), "Darek", "Kowalski", List.of(b), Set.of()));
        assertThatThrownBy(() -> As.user("rodzic4", () -> portal.submit(darekAgain, currentVersion("rodzic4", darekAgain))))
                .satisfies(e -> assertRefusal(e, "recruitment.application.cannotSubmit"));
        As.user("rodzic4", () -> portal.withdraw(darekAgain, currentVersion("rodzic4", darekAgain)));

        // a parent sees only their own applications
        assertThatThrownBy(() -> As.user("rodzic2", () -> portal.application(ala))).isInstanceOf(AccessDeniedException.class);
        assertThat(As.user("rodzic3", () -> portal.mine())).extracting(RecruitmentApplication::getFirstName)
                .contains("Celina", "Henryk").doesNotContain("Ala");
        // a document for a declared criterion: a PDF, not a text file
        As.user("rodzic1", () -> portal.attach(ala, currentVersion("rodzic1", ala), "LARGE_FAMILY",
                stream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"), "oswiadczenie.pdf"));
        // what the parent may not attach is refused before it is kept: nothing of it in the store
        String noteText = "dzieci: troje " + java.util.UUID.randomUUID();
        long alaSeen = version("rodzic1", ala);
        assertThatThrownBy(() -> As.user("rodzic1", () -> portal.attach(ala, alaSeen, BOTH_WORK, stream(noteText), "notatka.txt")))
                .satisfies(e -> assertRefusal(e, "recruitment.document.type"));
        assertThatThrownBy(() -> As.user("rodzic2", () -> portal.attach(ala, alaSeen, BOTH_WORK,
                stream("%PDF-1.4\n% " + noteText + "\n%%EOF\n"), "cudzy.pdf"))).isInstanceOf(AccessDeniedException.class);
        assertThat(storedFilesContaining(noteText)).isEmpty();

        // verification by the first-choice institution
        reschedule(Phase.VERIFYING);
        assertThatThrownBy(() -> apply("rodzic5", draft(pesel(7), "Franek", "Nowak", List.of(b), Set.of())))
                .satisfies(e -> assertRefusal(e, "recruitment.outsideStage"));
        assertThat(As.user("p01.dyrektor", () -> verification.toVerify(campaignId)))
                .extracting(RecruitmentApplication::getFirstName).containsExactly("Darek", "Ala", "Bartek", "Celina", "Henryk");
        assertThatThrownBy(() -> verify("p02.dyrektor", ala, Map.of("LARGE_FAMILY", true, BOTH_WORK, true), Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> verify("p01.dyrektor", celina, Map.of("LARGE_FAMILY", false, SIBLING, true), Map.of()))
                .satisfies(e -> assertRefusal(e, "recruitment.verification.reasonNeeded"));
        verify("p01.dyrektor", celina, Map.of("LARGE_FAMILY", false, SIBLING, true),
                Map.of("LARGE_FAMILY", "Oświadczenie wskazuje dwoje dzieci"));
        verify("p01.dyrektor", ala, Map.of("LARGE_FAMILY", true, BOTH_WORK, true), Map.of());
        long seen = version("p01.dyrektor", bartek);
        As.user("p01.dyrektor", () -> verification.requestDocuments(bartek, seen,
                "Zaświadczenie o zatrudnieniu obojga rodziców"));
        As.user("rodzic2", () -> portal.attach(bartek, currentVersion("rodzic2", bartek), BOTH_WORK,
                stream("%PDF-1.4\n% zaswiadczenie\n%%EOF\n"), "zatrudnienie.pdf"));
        verify("p01.dyrektor", bartek, Map.of("LARGE_FAMILY", true, BOTH_WORK, true), Map.of());
        verify("p01.dyrektor", darek, Map.of("LARGE_FAMILY", true, BOTH_WORK, true), Map.of());
        verify("p01.dyrektor", henryk, Map.of(), Map.of());
        assertThatThrownBy(() -> As.user(OFFICER, () -> assignment.run(campaignId, Round.MAIN)))
                .satisfies(e -> assertRefusal(e, "recruitment.run.notNow"));
        verify("p02.dyrektor", ewa, Map.of(), Map.of());

        // the assignment: Ala, Bartek and Darek tie for the two places of P 1
        reschedule(Phase.ASSIGNING);
        AssignmentRun first = As.user(OFFICER, () -> assignment.run(campaignId, Round.MAIN));
        assertThat(first.isFinalResult()).isFalse();
        assertThat(first.getTies()).singleElement().satisfies(tie -> {
            assertThat(tie.applications()).containsExactlyInAnyOrder(ala, bartek, darek);
            assertThat(tie.getPlaces()).isEqualTo(2);
        });
        assertThatThrownBy(() -> As.user("p02.dyrektor", () -> assignment.orderTie(first.getId(), 0,
                List.of(darek, ala, bartek), "Kolejność zgłoszeń"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("p01.dyrektor", () -> assignment.orderTie(first.getId(), 0,
                List.of(darek, ala, bartek), " "))).satisfies(e -> assertRefusal(e, "recruitment.tie.justificationNeeded"));
        As.user("p01.dyrektor", () -> assignment.orderTie(first.getId(), 0, List.of(darek, ala, bartek),
                "Komisja ustaliła kolejność według odległości miejsca zamieszkania od przedszkola (uchwała nr 3/2027)"));
        AssignmentRun decided = As.user(OFFICER, () -> assignment.run(campaignId, Round.MAIN));
        assertThat(decided.isFinalResult()).isTrue();
        AssignmentRun again = As.user(OFFICER, () -> assignment.run(campaignId, Round.MAIN));
        assertThat(again.getInputDigest()).as("the same inputs, the same digest").isEqualTo(decided.getInputDigest());
        assertThat(again.getPlaced()).isEqualTo(decided.getPlaced()).isEqualTo(5);

        List<UnitList> qualified = As.user("p01.dyrektor", () -> lists.qualified(campaignId, Round.MAIN));
        assertThat(qualified).singleElement().satisfies(list -> {
            assertThat(list.getIn()).extracting(UnitList.Entry::getLastName).containsExactly("Kowalski", "Lis");
            assertThat(list.getOut()).extracting(UnitList.Entry::getLastName).containsExactly("Łukasik", "Zając", "Zając");
            assertThat(list.getLowestAdmitted()).isEqualTo("kryteria ustawowe: 1, kryteria samorządowe: 20 pkt");
            assertThat(list.getFree()).isZero();
        });
        assertThat(As.user(OFFICER, () -> lists.qualified(campaignId, Round.MAIN))).hasSize(3);

        // confirmation of will
        reschedule(Phase.CONFIRMING);
        ApplicationView alaView = As.user("rodzic1", () -> portal.application(ala));
        assertThat(alaView.getQualifiedFor()).isEqualTo("P 1 — Grupa 3-latków");
        assertThat(alaView.isMayConfirm()).isTrue();
        for (String[] confirmation : new String[][]{{"rodzic1", "" + ala}, {"rodzic4", "" + darek}, {"rodzic3", "" + celina},
                {"rodzic5", "" + ewa}}) {
            long id = Long.parseLong(confirmation[1]);
            As.user(confirmation[0], () -> portal.confirm(id, currentVersion(confirmation[0], id)));
        }
        assertThatThrownBy(() -> As.user("rodzic3", () -> portal.confirm(henryk, currentVersion("rodzic3", henryk))))
                .satisfies(e -> assertRefusal(e, "recruitment.notQualified"));
        assertThatThrownBy(() -> As.user(OFFICER, () -> assignment.closeRound(campaignId, Round.MAIN)))
                .satisfies(e -> assertRefusal(e, "recruitment.close.confirmationOpen"));

        // admitted lists: Bartek did not confirm his place at P 3
        reschedule(Phase.CLOSING);
        assertThat(As.user(OFFICER, () -> assignment.closeRound(campaignId, Round.MAIN))).isEqualTo(4);
        reschedule(Phase.ADMITTED);
        assertThat(status("rodzic2", bartek)).isEqualTo(ApplicationStatus.NOT_ADMITTED);
        assertThat(As.user("p01.dyrektor", () -> lists.admitted(campaignId, Round.MAIN))).singleElement()
                .satisfies(list -> assertThat(list.getIn()).extracting(UnitList.Entry::getFirstName)
                        .containsExactly("Darek", "Ala"));
        // the documents: lists to post, the committee's protocol, the parent's application
        assertThat(PdfText.of(As.user("p01.dyrektor", () -> lists.listsPdf(campaignId, Round.MAIN, RecruitmentDocuments.Lists.ADMITTED))))
                .contains("Lista kandydatów przyjętych i nieprzyjętych", "P 1 — Grupa 3-latków", "Kowalski", "Łukasik");
        assertThat(PdfText.of(As.user("p01.dyrektor", () -> lists.protocol(campaignId, Round.MAIN))))
                .contains("Protokół postępowania rekrutacyjnego", "Komisja rekrutacyjna: P 1", "Kowalski Darek");
        assertThat(PdfText.of(As.user("rodzic1", () -> portal.applicationPdf(ala))))
                .contains("Ala Lis", "wielodzietność rodziny kandydata", "potwierdzone", "Oboje rodzice pracują", "oswiadczenie.pdf");
        assertThatThrownBy(() -> As.user("rodzic2", () -> portal.applicationPdf(ala))).isInstanceOf(AccessDeniedException.class);
        // every download of personal data is in the audit: who, what, when
        assertThat(As.user("admin", () -> audit.search("p01.dyrektor", AuditAction.PERSONAL_DATA_READ, 0, 10)))
                .extracting(pl.opium.identity.AuditEntry::getDetails)
                .contains("lists ADMITTED MAIN (PDF)", "committee's protocol MAIN");
        assertThat(As.user("admin", () -> audit.search("rodzic1", AuditAction.PERSONAL_DATA_READ, 0, 10)))
                .anySatisfy(entry -> {
                    assertThat(entry.getDetails()).isEqualTo("application PDF");
                    assertThat(entry.getTargetId()).isEqualTo(String.valueOf(ala));
                });
        assertThatThrownBy(() -> As.user("rodzic1", () -> portal.withdraw(ala, currentVersion("rodzic1", ala))))
                .satisfies(e -> assertRefusal(e, "recruitment.application.tooLateToWithdraw"));

        // Bartek's parent asks P 1's committee why, then appeals to its director, who upholds
        assertThat(As.user("rodzic2", () -> portal.application(bartek)).requestable()).extracting(Unit::getId).contains(a);
        Appeal requested = As.user("rodzic2", () -> portal.requestJustification(bartek, a));
        assertThatThrownBy(() -> As.user("rodzic1", () -> portal.requestJustification(bartek, a)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(As.user("rodzic2", () -> portal.application(bartek)).requestable()).extracting(Unit::getId).doesNotContain(a);
        String justification = As.user("p01.dyrektor", () -> appeals.draftJustification(requested.getId()));
        assertThat(justification).contains("Najniższa wartość kryteriów, która uprawniała do przyjęcia: kryteria ustawowe: 1, "
                + "kryteria samorządowe: 20 pkt").contains("Kandydat uzyskał: kryteria ustawowe: 1, kryteria samorządowe: 20 pkt");
        Appeal justified = As.user("p01.dyrektor", () -> appeals.justify(requested.getId(), requested.getVersion(),
                justification + " O kolejności zdecydowała komisja (uchwała nr 3/2027)."));
        assertThat(justified.appealBy()).isAfter(LocalDate.now().plusDays(2));
        Appeal appealed = As.user("rodzic2", () -> portal.appeal(justified.getId(), justified.getVersion(),
                "Brat kandydata uczęszcza do tego przedszkola"));
        As.user("p01.dyrektor", () -> appeals.decide(appealed.getId(), appealed.getVersion(), AppealOutcome.UPHELD,
                "Dyrektor zwiększył liczebność grupy"));
        assertThat(status("rodzic2", bartek)).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(As.user("rodzic2", () -> portal.application(bartek)).getAdmittedTo()).isEqualTo("P 1 — Grupa 3-latków");

        // supervision: demand against places, and Henryk, admitted nowhere, gets the nearest free place
        assertThat(As.user(OFFICER, () -> supervision.demand(campaignId, Round.MAIN)))
                .filteredOn(d -> d.unitId() == a).singleElement()
                .satisfies(d -> {
                    assertThat(d.firstChoice()).isEqualTo(5);
                    assertThat(d.places()).isEqualTo(2);
                    assertThat(d.admitted()).isEqualTo(3);
                });
        assertThat(As.user(OFFICER, () -> supervision.applicationsByStatus(campaignId)))
                .contains(new SupervisionService.StatusCount(Round.MAIN, ApplicationStatus.WITHDRAWN, 2));
        SupervisionService.Unplaced proposal = As.user(OFFICER, () -> supervision.unplaced(campaignId)).stream()
                .filter(u -> u.application() == henryk).findFirst().orElseThrow();
        assertThat(proposal.unitId()).isEqualTo(b);
        assertThat(proposal.distanceKm()).isEqualTo(0.0);
        assertThatThrownBy(() -> As.user(OFFICER, () -> assignment.place(henryk, proposal.version(), a)))
                .satisfies(e -> assertRefusal(e, "recruitment.place.full"));
        As.user(OFFICER, () -> assignment.place(henryk, proposal.version(), proposal.unitId()));
        assertThat(As.user(OFFICER, () -> supervision.unplaced(campaignId))).extracting(SupervisionService.Unplaced::application)
                .doesNotContain(henryk);
        assertThat(status("rodzic3", henryk)).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(campaigns.catalogue(campaignId)).filteredOn(entry -> entry.unitId() == b).singleElement()
                .satisfies(entry -> assertThat(entry.free()).isZero());

        // Henryk's family moves away: his parent gives the place up (only his parent may) and P 2 has it free again
        long henrykAdmitted = version("rodzic3", henryk);
        assertThatThrownBy(() -> As.user("rodzic5", () -> portal.resign(henryk, henrykAdmitted)))
                .isInstanceOf(AccessDeniedException.class);
        long filipWithdrawn = version("rodzic5", filip);
        assertThatThrownBy(() -> As.user("rodzic5", () -> portal.resign(filip, filipWithdrawn)))
                .satisfies(e -> assertRefusal(e, "workflow.illegal"));
        As.user("rodzic3", () -> portal.resign(henryk, henrykAdmitted));
        assertThat(status("rodzic3", henryk)).isEqualTo(ApplicationStatus.RESIGNED);
        assertThat(campaigns.catalogue(campaignId)).filteredOn(entry -> entry.unitId() == b).singleElement()
                .satisfies(entry -> assertThat(entry.free()).isEqualTo(1));
        // the public catalogue costs a fixed number of queries, not three per unit
        org.hibernate.stat.Statistics statistics = entityManagers.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        assertThat(campaigns.catalogue(campaignId)).hasSize(3);
        long statements = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(false);
        assertThat(statements).as("queries for a catalogue of three units").isLessThanOrEqualTo(4);

        // the supplementary round fills P 3's places
        reschedule(Phase.SUPPLEMENTARY_APPLYING);
        long bartekAgain = apply("rodzic2", draft(pesel(2), "Bartek", "Łukasik", List.of(c), Set.of()));
        assertThatThrownBy(() -> As.user("rodzic2", () -> portal.submit(bartekAgain, currentVersion("rodzic2", bartekAgain))))
                .satisfies(e -> assertRefusal(e, "recruitment.application.cannotSubmit"));
        long gosia = submitted("rodzic5", draft(pesel(8), "Gosia", "Nowak", List.of(c, b), Set.of()));
        reschedule(Phase.SUPPLEMENTARY_VERIFYING);
        verify("p03.dyrektor", gosia, Map.of(), Map.of());
        reschedule(Phase.SUPPLEMENTARY_ASSIGNING);
        AssignmentRun supplementary = As.user(OFFICER, () -> assignment.run(campaignId, Round.SUPPLEMENTARY));
        assertThat(supplementary.isFinalResult()).isTrue();
        assertThat(supplementary.getCandidates()).isEqualTo(1);
        reschedule(Phase.SUPPLEMENTARY_CONFIRMING);
        assertThat(As.user("rodzic5", () -> portal.application(gosia)).getQualifiedFor()).isEqualTo("P 3 — Grupa 4-latków");

        // the archive on external media, then the purge a year after the last lists
        long p1 = institution("P 1");
        assertThat(zipEntries(As.user("p01.dyrektor", () -> archive(p1))))
                .contains(ala + " Lis Ala - wniosek - wniosek.pdf",
                        ala + " Lis Ala - wielodzietność rodziny kandydata - oswiadczenie.pdf");
        assertThatThrownBy(() -> As.user("p01.dyrektor", () -> archive(p2))).isInstanceOf(AccessDeniedException.class);
        assertThat(As.user("admin", () -> audit.search("p01.dyrektor", AuditAction.PERSONAL_DATA_READ, 0, 1)))
                .singleElement().satisfies(entry -> assertThat(entry.getDetails()).startsWith("archive of institution " + p1));
        assertThatThrownBy(() -> As.user(OFFICER, () -> archives.purge(campaignId)))
                .satisfies(e -> assertRefusal(e, "recruitment.purge.tooEarly"));
        // the officer finds what the purge would take by surname or number: Ewa Nowak, admitted, is not among it
        assertThat(As.user(OFFICER, () -> archives.purgeable(campaignId, "NOW"))).extracting(RecruitmentApplication::getId)
                .containsExactly(filip, gosia);
        assertThat(As.user(OFFICER, () -> archives.purgeable(campaignId, " " + filip))).extracting(RecruitmentApplication::getId)
                .containsExactly(filip);
        long gosiaSeen = version("rodzic5", gosia);
        assertThatThrownBy(() -> As.user(OFFICER, () -> archives.retain(gosia, gosiaSeen, "  ")))
                .satisfies(e -> assertRefusal(e, "recruitment.purge.reasonNeeded"));
        As.user(OFFICER, () -> archives.retain(gosia, gosiaSeen, "Skarga do WSA, sygn. II SA/Bd 123/27"));
        assertThat(As.user(OFFICER, () -> archives.purgeable(campaignId, "Nowak"))).extracting(RecruitmentApplication::getId)
                .containsExactly(filip);
        // a hold on Filip's, taken back: his data goes with the purge
        long filipSeen = version("rodzic5", filip);
        As.user(OFFICER, () -> archives.retain(filip, filipSeen, "Pismo prokuratury"));
        assertThat(As.user(OFFICER, () -> archives.retained(campaignId))).extracting(RecruitmentApplication::getRetainedBecause)
                .containsExactlyInAnyOrder("Skarga do WSA, sygn. II SA/Bd 123/27", "Pismo prokuratury");
        long filipHeld = version("rodzic5", filip);
        As.user(OFFICER, () -> archives.release(filip, filipHeld));
        reschedule(Phase.LONG_AGO);
        RecruitmentPurge purge = As.user(OFFICER, () -> archives.purge(campaignId));
        assertThat(purge.getApplications()).as("Filip's and Darek's second withdrawn, Bartek's supplementary one never submitted, Henryk's given up")
                .isEqualTo(4);
        assertThat(purge.getKept()).as("Gosia's, held back for the court").isEqualTo(1);
        assertThat(purge.getJustificationsRedacted()).as("the committee's tie decision keeps its order, not its text")
                .isEqualTo(1);
        assertThat(As.user(OFFICER, () -> archives.purges(campaignId))).singleElement()
                .satisfies(record -> assertThat(record.getPurgedBy()).isEqualTo(OFFICER));
        long filipPurged = version("p02.dyrektor", filip);
        assertThatThrownBy(() -> As.user(OFFICER, () -> archives.retain(filip, filipPurged, "Za późno")))
                .satisfies(e -> assertRefusal(e, "recruitment.purge.alreadyPurged"));
        assertThat(zipEntries(As.user(OFFICER, () -> archive(p2))))
                .anySatisfy(name -> assertThat(name).startsWith(ewa + " Nowak Ewa"))
                .anySatisfy(name -> assertThat(name).isEqualTo(filip + " — — - wniosek - wniosek.pdf"))
                .noneSatisfy(name -> assertThat(name).contains("Filip"));
        assertThat(As.user("rodzic5", () -> portal.mine())).extracting(RecruitmentApplication::getFirstName)
                .doesNotContain("Filip").contains("Ewa", "Gosia");
    }

    @Test
    void twinsPlacedApartAreBroughtTogetherOnAPlaceTheDepartmentAdds() throws Exception {
        RecruitmentCampaign campaign = As.user(OFFICER, () -> campaigns.create("Przedszkola — bliźnięta", Level.PRESCHOOL,
                "2027/2028", 3, List.of(new MunicipalCriterion(BOTH_WORK, "Oboje rodzice pracują", 20, "oświadczenie")),
                Campaigns.schedule(Phase.OFFER)));
        campaignId = campaign.getId();
        long a = unit("p01.dyrektor", "Motylki", 2, 0);
        long b = unit("p02.dyrektor", "Biedronki", 1, 0);
        for (String director : List.of("p01.dyrektor", "p02.dyrektor")) {
            offerAction(director, OfferAction.SUBMIT, null);
        }
        departmentOffer("P 1", OfferAction.APPROVE, null);
        departmentOffer("P 2", OfferAction.APPROVE, null);

        // twins of one parent: Ola's points reach P 1, Ela's do not; Jan takes P 1's other place, Ada P 2's only one
        reschedule(Phase.APPLYING);
        long ola = submitted("rodzic4", draft(pesel(21), "Ola", "Bliźniak", List.of(a, b), Set.of(BOTH_WORK)));
        long ela = submitted("rodzic4", draft(pesel(22), "Ela", "Bliźniak", List.of(a, b), Set.of()));
        long jan = submitted("rodzic5", draft(pesel(23), "Jan", "Mazur", List.of(a), Set.of(BOTH_WORK)));
        long ada = submitted("rodzic1", draft(pesel(24), "Ada", "Kruk", List.of(b), Set.of(BOTH_WORK)));
        assertThatThrownBy(() -> As.user("rodzic4", () -> portal.markSiblings(List.of(ola))))
                .satisfies(e -> assertRefusal(e, "recruitment.siblings.count"));
        assertThatThrownBy(() -> As.user("rodzic4", () -> portal.markSiblings(List.of(ola, jan))))
                .isInstanceOf(AccessDeniedException.class);
        As.user("rodzic4", () -> portal.markSiblings(List.of(ela, ola)));
        As.user("rodzic4", () -> {
            portal.separateSiblings(ela);
            return null;
        });
        assertThat(As.user("rodzic4", () -> portal.mine())).extracting(RecruitmentApplication::getSiblingGroup)
                .containsOnlyNulls();
        assertThat(As.user("rodzic4", () -> portal.markSiblings(List.of(ola, ela))))
                .extracting(RecruitmentApplication::getSiblingGroup).containsOnly(Math.min(ola, ela));

        reschedule(Phase.VERIFYING);
        assertThatThrownBy(() -> As.user("rodzic4", () -> portal.markSiblings(List.of(ola, ela))))
                .satisfies(e -> assertRefusal(e, "recruitment.outsideStage"));
        for (long child : List.of(ola, jan)) {
            verify("p01.dyrektor", child, Map.of(BOTH_WORK, true), Map.of());
        }
        verify("p01.dyrektor", ela, Map.of(), Map.of());
        assertThat(As.user("p01.dyrektor", () -> verification.siblingsOf(ela))).containsExactly("Bliźniak Ola (P 1 — Motylki)");
        assertThat(As.user("p01.dyrektor", () -> verification.siblingsOf(jan))).isEmpty();
        assertThatThrownBy(() -> As.user("p02.dyrektor", () -> verification.siblingsOf(ela))).isInstanceOf(AccessDeniedException.class);
        verify("p02.dyrektor", ada, Map.of(BOTH_WORK, true), Map.of());

        reschedule(Phase.ASSIGNING);
        AssignmentRun apart = As.user(OFFICER, () -> assignment.run(campaignId, Round.MAIN));
        assertThat(apart.isFinalResult()).isTrue();
        List<SiblingsApart> found = As.user(OFFICER, () -> siblings.apart(campaignId, Round.MAIN));
        assertThat(found).singleElement().satisfies(group -> {
            assertThat(group.members()).extracting(SiblingsApart.Member::name, SiblingsApart.Member::placedAt)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Bliźniak Ola", "P 1 — Motylki"),
                            org.assertj.core.groups.Tuple.tuple("Bliźniak Ela", "—"));
            assertThat(group.options()).singleElement().satisfies(option -> {
                assertThat(option.unit()).isEqualTo(a);
                assertThat(option.joiners()).containsExactly(ela);
                assertThat(option.together()).isTrue();
                assertThat(option.decided()).isFalse();
            });
        });
        String because = "Bliźnięta: rodzic poprosił o przyjęcie razem; organ prowadzący zwiększa liczbę miejsc w grupie";
        assertThatThrownBy(() -> As.user("p01.dyrektor", () -> siblings.place(campaignId, Round.MAIN, a,
                List.of(ela), because))).isInstanceOf(jakarta.ejb.EJBAccessException.class);
        assertThatThrownBy(() -> As.user(OFFICER, () -> siblings.place(campaignId, Round.MAIN, b, List.of(ela),
                because))).satisfies(e -> assertRefusal(e, "recruitment.siblings.notApart"));
        assertThatThrownBy(() -> As.user(OFFICER, () -> siblings.place(campaignId, Round.MAIN, a, List.of(ela),
                " "))).satisfies(e -> assertRefusal(e, "recruitment.siblings.justificationNeeded"));
        As.user(OFFICER, () -> siblings.place(campaignId, Round.MAIN, a, List.of(ela), because));
        assertThat(As.user(OFFICER, () -> siblings.apart(campaignId, Round.MAIN))).singleElement()
                .satisfies(group -> assertThat(group.options().get(0).decided()).as("decided, waiting for the next run").isTrue());

        AssignmentRun together = As.user(OFFICER, () -> assignment.run(campaignId, Round.MAIN));
        assertThat(together.isFinalResult()).isTrue();
        assertThat(together.getPlaced()).isEqualTo(4);
        assertThat(together.getInputDigest()).as("the decision is among the inputs").isNotEqualTo(apart.getInputDigest());
        assertThat(As.user(OFFICER, () -> siblings.apart(campaignId, Round.MAIN))).isEmpty();
        assertThat(As.user(OFFICER, () -> siblings.placements(campaignId, Round.MAIN)))
                .singleElement().satisfies(p -> assertThat(p.isUsed()).isTrue());
        assertThat(As.user("p01.dyrektor", () -> lists.qualified(campaignId, Round.MAIN))).singleElement().satisfies(list -> {
            assertThat(list.getIn()).extracting(UnitList.Entry::getFirstName).containsExactly("Ela", "Ola", "Jan");
            assertThat(list.getIn().get(0).getPriority()).endsWith("dodatkowe miejsce (rodzeństwo)");
            assertThat(list.getLowestAdmitted()).as("the extra place does not lower P 1's cut-off")
                    .isEqualTo("kryteria ustawowe: 0, kryteria samorządowe: 20 pkt");
            assertThat(list.getFree()).isZero();
        });
        assertThat(PdfText.of(As.user("p01.dyrektor", () -> lists.protocol(campaignId, Round.MAIN))))
                .contains("dodatkowe miejsca dla rodzeństwa", "Bliźniak", "Bliźnięta:");

        // confirmation: the twins confirm, Jan does not — his place at P 1 is free again, the twins' extra one is taken
        reschedule(Phase.CONFIRMING);
        assertThat(As.user("rodzic4", () -> portal.application(ela)).getQualifiedFor()).isEqualTo("P 1 — Motylki");
        for (long twin : List.of(ola, ela)) {
            As.user("rodzic4", () -> portal.confirm(twin, currentVersion("rodzic4", twin)));
        }
        reschedule(Phase.CLOSING);
        As.user(OFFICER, () -> assignment.closeRound(campaignId, Round.MAIN));
        assertThat(status("rodzic4", ela)).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(campaigns.catalogue(campaignId)).filteredOn(entry -> entry.unitId() == a)
                .singleElement().satisfies(entry -> assertThat(entry.free()).isEqualTo(1));
    }

    @Test
    void secondarySchoolsRankByPointsWithLaureatesFirst() {
        RecruitmentCampaign campaign = As.user("pracownik.spp", () -> campaigns.create("Szkoły ponadpodstawowe 2027/2028",
                Level.SECONDARY, "2027/2028", 5, List.of(), Campaigns.schedule(Phase.OFFER)));
        campaignId = campaign.getId();
        assertThatThrownBy(() -> As.user("lo01.dyrektor", () -> {
            Offer offer = offerService.myOffer(campaignId);
            return offerService.addUnit(offer.getId(), offer.getVersion(), new UnitDraft("1c", UnitKind.GENERAL, 30, 0, "biologia"));
        })).satisfies(e -> assertRefusal(e, "recruitment.unit.subjects"));
        long biolChem = secondaryClass("lo01.dyrektor", "1a biologiczno-chemiczna", 1, "biologia, chemia");
        long matFiz = secondaryClass("lo02.dyrektor", "1b politechniczna", 2, "fizyka, informatyka");
        for (String director : List.of("lo01.dyrektor", "lo02.dyrektor")) {
            Offer submitted = offerAction(director, OfferAction.SUBMIT, null);
            As.user("pracownik.spp", () -> offerService.perform(submitted.getId(), submitted.getVersion(), OfferAction.APPROVE, null));
        }

        reschedule("pracownik.spp", Phase.APPLYING);
        LocalDate born = LocalDate.of(2012, 3, 9);
        assertThatThrownBy(() -> apply("rodzic1", new ApplicationDraft(Campaigns.pesel(born, serials), "Ola", "Wrona", born,
                null, null, guardians(), List.of(biolChem), Set.of())))
                .satisfies(e -> assertRefusal(e, "recruitment.secondary.resultsNeeded"));
        long ola = submitted("rodzic1", new ApplicationDraft(Campaigns.pesel(born, serials), "Ola", "Wrona", born, null, null,
                guardians(), List.of(biolChem, matFiz), Set.of(SecondaryResults.DISTINCTION),
                new SecondaryResults(90, 80, 100, Map.of("język polski", 5, "matematyka", 5, "biologia", 6, "chemia", 6), 0)));
        long piotr = submitted("rodzic2", new ApplicationDraft(Campaigns.pesel(born, serials + 1), "Piotr", "Sowa", born, null,
                null, guardians(), List.of(biolChem, matFiz), Set.of(SecondaryResults.LAUREATE),
                new SecondaryResults(50, 50, 50, Map.of("język polski", 4, "matematyka", 4, "biologia", 4, "chemia", 4), 0)));
        // exempted from the exam: the grades of Polish, mathematics and the language count instead
        long kuba = submitted("rodzic3", new ApplicationDraft(Campaigns.pesel(born, serials + 2), "Kuba", "Czajka", born, null,
                null, guardians(), List.of(biolChem, matFiz), Set.of(),
                new SecondaryResults(null, null, null, Map.of("język polski", 5, "matematyka", 6, "język obcy nowożytny", 5,
                        "biologia", 3, "chemia", 3, "fizyka", 4, "informatyka", 6), 0)));

        reschedule("pracownik.spp", Phase.VERIFYING);
        verify("lo01.dyrektor", ola, Map.of(SecondaryResults.DISTINCTION, true), Map.of());
        verify("lo01.dyrektor", piotr, Map.of(SecondaryResults.LAUREATE, true), Map.of());
        verify("lo01.dyrektor", kuba, Map.of(), Map.of());

        reschedule("pracownik.spp", Phase.ASSIGNING);
        assertThat(As.user("pracownik.spp", () -> assignment.run(campaignId, Round.MAIN)).isFinalResult()).isTrue();
        List<UnitList> qualified = As.user("pracownik.spp", () -> lists.qualified(campaignId, Round.MAIN));
        assertThat(qualified).filteredOn(l -> l.unitId() == biolChem).singleElement().satisfies(list -> {
            assertThat(list.getIn()).extracting(UnitList.Entry::getFirstName).containsExactly("Piotr");
            assertThat(list.getLowestAdmitted()).isEqualTo("laureat/finalista olimpiady, 106,00 pkt");
            // Ola: 0.35×90 + 0.35×80 + 0.3×100 = 89.5, grades 17+17+18+18, distinction 7
            assertThat(list.getOut()).extracting(UnitList.Entry::getPriority).containsExactly("141,00 pkt", "166,50 pkt");
        });
        assertThat(qualified).filteredOn(l -> l.unitId() == matFiz).singleElement().satisfies(list -> assertThat(list.getIn())
                .extracting(UnitList.Entry::getFirstName, UnitList.Entry::getPriority)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kuba", "157,00 pkt"),
                        org.assertj.core.groups.Tuple.tuple("Ola", "130,50 pkt")));
    }

    @Test
    void aDraftReservesNoChildAndAnAccountCannotFileWithoutLimit() throws Exception {
        RecruitmentCampaign campaign = As.user(OFFICER, () -> campaigns.create("Przedszkola — wnioski", Level.PRESCHOOL,
                "2027/2028", 3, List.of(), Campaigns.schedule(Phase.OFFER)));
        campaignId = campaign.getId();
        long a = unit("p01.dyrektor", "Żabki", 5, 0);
        offerAction("p01.dyrektor", OfferAction.SUBMIT, null);
        departmentOffer("P 1", OfferAction.APPROVE, null);
        reschedule(Phase.APPLYING);
        String stranger = "rodzic.obcy" + serials;
        As.user(OFFICER, () -> parentAccounts.createParent(stranger, "Obcy", "Ktoś", null, "Przedszkole2027!".toCharArray()));

        // a stranger drafts another family's child; the child's parent still applies, the stranger cannot submit
        long squatted = As.user(stranger, "Przedszkole2027!", () -> portal.create(campaignId,
                draft(pesel(31), "Tomek", "Wilk", List.of(a), Set.of())).getId());
        long tomek = submitted("rodzic2", draft(pesel(31), "Tomek", "Wilk", List.of(a), Set.of()));
        assertThat(status("rodzic2", tomek)).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThatThrownBy(() -> As.user(stranger, "Przedszkole2027!", () -> portal.submit(squatted,
                portal.application(squatted).getApplication().getVersion())))
                .satisfies(e -> assertRefusal(e, "recruitment.application.cannotSubmit"));
        assertThat(As.user("admin", () -> audit.count(stranger, AuditAction.RECRUITMENT_SUBMISSION_REFUSED))).isEqualTo(1);

        // two guardians submit for the same child at the same moment: one application is submitted
        long byMother = apply("rodzic4", draft(pesel(32), "Zosia", "Kowalska", List.of(a), Set.of()));
        long byFather = apply("rodzic1", draft(pesel(32), "Zosia", "Kowalska", List.of(a), Set.of()));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Object>> filings = List.of(
                executor.submit(() -> {
                    start.await();
                    return As.user("rodzic4", () -> portal.submit(byMother, currentVersion("rodzic4", byMother)));
                }),
                executor.submit(() -> {
                    start.await();
                    return As.user("rodzic1", () -> portal.submit(byFather, currentVersion("rodzic1", byFather)));
                }));
        start.countDown();
        int submittedOnce = 0;
        for (java.util.concurrent.Future<Object> filing : filings) {
            try {
                filing.get();
                submittedOnce++;
            } catch (java.util.concurrent.ExecutionException refused) {
                assertThat(refused.getCause()).isInstanceOfSatisfying(OpiumException.class, e -> assertThat(e.getMessageKey())
                        .isIn("recruitment.application.cannotSubmit", "concurrentModification"));
            }
        }
        assertThat(submittedOnce).isEqualTo(1);
        assertThat(List.of(status("rodzic4", byMother), status("rodzic1", byFather)))
                .containsExactlyInAnyOrder(ApplicationStatus.SUBMITTED, ApplicationStatus.DRAFT);

        // an account holds at most ten applications in a campaign and starts at most ten an hour
        for (int child = 33; child < 42; child++) {
            int serial = child;
            As.user(stranger, "Przedszkole2027!", () -> portal.create(campaignId,
                    draft(pesel(serial), "Dziecko", "Wilk", List.of(a), Set.of())));
        }
        assertThatThrownBy(() -> As.user(stranger, "Przedszkole2027!", () -> portal.create(campaignId,
                draft(pesel(42), "Dziecko", "Wilk", List.of(a), Set.of()))))
                .satisfies(e -> assertRefusal(e, "recruitment.application.tooMany"));
        As.user(stranger, "Przedszkole2027!", () -> portal.withdraw(squatted,
                portal.application(squatted).getApplication().getVersion()));
        assertThatThrownBy(() -> As.user(stranger, "Przedszkole2027!", () -> portal.create(campaignId,
                draft(pesel(42), "Dziecko", "Wilk", List.of(a), Set.of()))))
                .satisfies(e -> assertRefusal(e, "recruitment.application.tooFast"));
    }

    @Test
    void aPurgeErasesTheDocumentsTheHistoryAndTheParentsAccount() throws Exception {
        RecruitmentCampaign campaign = As.user(OFFICER, () -> campaigns.create("Przedszkola — czyszczenie", Level.PRESCHOOL,
                "2027/2028", 3, List.of(new MunicipalCriterion(BOTH_WORK, "Oboje rodzice pracują", 20, "oświadczenie")),
                Campaigns.schedule(Phase.OFFER)));
        campaignId = campaign.getId();
        long a = unit("p01.dyrektor", "Sówki", 5, 0);
        offerAction("p01.dyrektor", OfferAction.SUBMIT, null);
        departmentOffer("P 1", OfferAction.APPROVE, null);
        reschedule(Phase.APPLYING);
        ParentAccountService.IssuedAccount parent = As.user(OFFICER, () -> parentAccounts.issueParentAccount("Halina", "Matczak", null));
        String login = parent.account().getUsername();
        String childPesel = pesel(51);
        String childName = "Purgowska" + serials;
        String token = "zaswiadczenie-" + java.util.UUID.randomUUID();
        long child = As.user(login, parent.password(), () -> {
            long id = portal.create(campaignId, draft(childPesel, "Zuzanna", childName, List.of(a), Set.of(BOTH_WORK))).getId();
            portal.attach(id, portal.application(id).getApplication().getVersion(), BOTH_WORK,
                    stream("%PDF-1.4\n% " + token + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"), "zaswiadczenie.pdf");
            portal.submit(id, portal.application(id).getApplication().getVersion());
            portal.withdraw(id, portal.application(id).getApplication().getVersion());
            return id;
        });
        assertThat(databaseRowsContaining(childPesel)).isNotEmpty();
        assertThat(storedFilesContaining(token)).hasSize(1);
        // the nightly sweep takes a day-old file nothing refers to (a refused upload), not a referenced one
        String orphanToken = "sierota-" + java.util.UUID.randomUUID();
        Attachment orphan = store("sierota.pdf", "%PDF-1.4\n% " + orphanToken + "\n%%EOF\n");
        java.nio.file.attribute.FileTime twoDaysAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofDays(2)));
        java.nio.file.Files.setLastModifiedTime(files.path(orphan), twoDaysAgo);
        java.nio.file.Files.setLastModifiedTime(storedFilesContaining(token).get(0), twoDaysAgo);
        assertThat(storedFiles.sweepOrphans()).isGreaterThanOrEqualTo(1);
        assertThat(storedFilesContaining(orphanToken)).isEmpty();
        assertThat(storedFilesContaining(token)).hasSize(1);

        reschedule(Phase.LONG_AGO);
        RecruitmentPurge purge = As.user(OFFICER, () -> archives.purge(campaignId));

        assertThat(purge.getApplications()).isEqualTo(1);
        assertThat(purge.getFilesErased()).isEqualTo(1);
        assertThat(purge.getHistoryRedacted()).isEqualTo(2);
        assertThat(purge.getAccountsRemoved()).isEqualTo(1);
        assertThat(storedFilesContaining(token)).as("the certificate's bytes in the file store").isEmpty();
        for (String personal : List.of(childPesel, childName, token, login)) {
            assertThat(databaseRowsContaining(personal)).as(personal).isEmpty();
        }
        assertThatThrownBy(() -> As.user(login, parent.password(), () -> portal.mine()))
                .as("the parent's local account is gone").isInstanceOf(SecurityException.class);
        assertThat(As.user(OFFICER, () -> archives.purges(campaignId))).singleElement()
                .satisfies(record -> assertThat(record.getFilesErased()).isEqualTo(1));
        assertThat(child).isPositive();
    }

    /** Every text column of the application's tables, as "table.column", that holds the text anywhere. */
    private List<String> databaseRowsContaining(String text) throws java.sql.SQLException {
        List<String> found = new java.util.ArrayList<>();
        try (java.sql.Connection connection = dataSource.getConnection()) {
            List<String[]> columns = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = connection.createStatement().executeQuery("""
                    select table_name, column_name from information_schema.columns
                    where lower(table_schema) = lower(current_schema)
                    and (lower(data_type) like '%char%' or lower(data_type) in ('text', 'clob', 'character large object'))""")) {
                while (rs.next()) {
                    columns.add(new String[]{rs.getString(1), rs.getString(2)});
                }
            }
            assertThat(columns).as("text columns found").hasSizeGreaterThan(50);
            for (String[] column : columns) {
                try (java.sql.PreparedStatement query = connection.prepareStatement(
                        "select count(*) from " + column[0] + " where " + column[1] + " like ?")) {
                    query.setString(1, "%" + text + "%");
                    try (java.sql.ResultSet rs = query.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            found.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The files under the store's directory whose bytes contain the text. */
    private static List<java.nio.file.Path> storedFilesContaining(String text) throws java.io.IOException {
        java.nio.file.Path root = java.nio.file.Path.of(System.getProperty("opium.files.dir",
                java.nio.file.Path.of(System.getProperty("jboss.server.data.dir"), "opium-files").toString()));
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(root)) {
            return files.filter(java.nio.file.Files::isRegularFile).filter(file -> {
                try {
                    return indexOf(java.nio.file.Files.readAllBytes(file), needle) >= 0;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void theDepartmentMakesLocalAccountsForParents() {
        String login = "rodzic.t" + serials;
        char[] password = "Przedszkole2027!".toCharArray();
        As.user(OFFICER, () -> parentAccounts.createParent(login, "Marta", "Nowicka", "marta@poczta.example.pl", password));
        assertThat(As.user(login, "Przedszkole2027!", () -> portal.mine())).isEmpty();
        assertThatThrownBy(() -> As.user("p01.dyrektor", () -> parentAccounts.createParent("rodzic.x" + serials, "A", "B", null,
                password))).isInstanceOf(jakarta.ejb.EJBAccessException.class);
        assertThatThrownBy(() -> As.user(OFFICER, () -> parentAccounts.createParent(login, "Marta", "Nowicka", null, password)))
                .satisfies(e -> assertRefusal(e, "identity.username.taken"));
        // at the department's desk: the login made from the name, a number when taken, the password shown once
        String surname = "Żądło" + serials;
        ParentAccountService.IssuedAccount first = As.user(OFFICER, () -> parentAccounts.issueParentAccount("Łucja", surname, null));
        ParentAccountService.IssuedAccount second = As.user(OFFICER, () -> parentAccounts.issueParentAccount("Łucja", surname,
                "lucja@poczta.example.pl"));
        assertThat(first.account().getUsername()).isEqualTo("lucja.zadlo" + serials);
        assertThat(second.account().getUsername()).isEqualTo("lucja.zadlo" + serials + "2");
        assertThat(As.user(first.account().getUsername(), first.password(), () -> portal.mine())).isEmpty();
        ParentAccountService.IssuedAccount reset = As.user(OFFICER, () -> parentAccounts.resetParentPassword(first.account().getId()));
        assertThat(reset.password()).isNotEqualTo(first.password());
        assertThat(As.user(first.account().getUsername(), reset.password(), () -> portal.mine())).isEmpty();
        assertThat(As.user(OFFICER, () -> parentAccounts.parents(surname, 10))).extracting(UserAccount::getUsername)
                .containsExactlyInAnyOrder(first.account().getUsername(), second.account().getUsername());
        assertThatThrownBy(() -> As.user(OFFICER, () -> parentAccounts.issueParentAccount(" ", surname, null)))
                .satisfies(e -> assertRefusal(e, "identity.parent.nameMissing"));
        assertThatThrownBy(() -> As.user(OFFICER, () -> parentAccounts.issueParentAccount("Łucja", surname, "lucja@")))
                .satisfies(e -> assertRefusal(e, "identity.parent.badEmail"));
        long directorsAccount = As.user("admin", () -> accounts.search("p01.dyrektor", null, null, 0, 1)).get(0).getId();
        assertThatThrownBy(() -> As.user(OFFICER, () -> parentAccounts.resetParentPassword(directorsAccount)))
                .satisfies(e -> assertRefusal(e, "identity.parent.notParent"));
        assertThatThrownBy(() -> As.user("p01.dyrektor", () -> parentAccounts.issueParentAccount("Jan", "Kos", null)))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);

        // the children's data are for those who run recruitment: an officer of finance sees none of it
        for (String outsider : List.of("pracownik.fin", "kierownik.inw", "komisja")) {
            assertThatThrownBy(() -> As.user(outsider, () -> parentAccounts.parents(surname, 10))).as(outsider)
                    .isInstanceOf(jakarta.ejb.EJBAccessException.class);
            assertThatThrownBy(() -> As.user(outsider, () -> supervision.applicationsByStatus(1))).as(outsider)
                    .isInstanceOf(jakarta.ejb.EJBAccessException.class);
            assertThatThrownBy(() -> As.user(outsider, () -> archives.purgeable(1, "Kowalski"))).as(outsider)
                    .isInstanceOf(jakarta.ejb.EJBAccessException.class);
            assertThatThrownBy(() -> As.user(outsider, () -> lists.lists(1, Round.MAIN, RecruitmentDocuments.Lists.ADMITTED)))
                    .as(outsider).isInstanceOf(jakarta.ejb.EJBAccessException.class);
        }
        assertThat(As.user("pracownik.spp", () -> parentAccounts.parents(surname, 10))).hasSize(2);

        // a parent is no member of staff: the staff services refuse them
        assertThatThrownBy(() -> As.user(login, "Przedszkole2027!", () -> verification.toVerify(1)))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    private long secondaryClass(String director, String name, int places, String subjects) {
        return As.user(director, () -> {
            Offer offer = offerService.myOffer(campaignId);
            return offerService.addUnit(offer.getId(), offer.getVersion(), new UnitDraft(name, UnitKind.GENERAL, places, 0,
                    subjects)).getId();
        });
    }

    /** A PRG export with one address point, Bydgoszcz, Gdańska 12, at the given place, in PL-1992 (X north, Y east). */
    private static String prgFile(double latitude, double longitude) {
        org.locationtech.proj4j.CRSFactory crs = new org.locationtech.proj4j.CRSFactory();
        org.locationtech.proj4j.CoordinateTransform toGrid = new org.locationtech.proj4j.CoordinateTransformFactory()
                .createTransform(crs.createFromParameters("WGS84", "+proj=longlat +datum=WGS84 +no_defs"),
                        crs.createFromParameters("PL-1992", "+proj=tmerc +lat_0=0 +lon_0=19 +k=0.9993 +x_0=500000 "
                                + "+y_0=-5300000 +ellps=GRS80 +units=m +no_defs"));
        org.locationtech.proj4j.ProjCoordinate grid = new org.locationtech.proj4j.ProjCoordinate();
        toGrid.transform(new org.locationtech.proj4j.ProjCoordinate(longitude, latitude), grid);
        return "MIEJSCOWOSC;ULICA;NUMER;KOD_POCZTOWY;X;Y\n"
                + "Bydgoszcz;ul. Gdańska;12;85-001;" + grid.y + ";" + grid.x + "\n"
                + "Bydgoszcz;Dworcowa;1;85-009;585000;434000\n";
    }

    private byte[] archive(long institution) throws java.io.IOException {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        archives.writeArchive(campaignId, institution, zip);
        return zip.toByteArray();
    }

    private static List<String> zipEntries(byte[] zip) throws java.io.IOException {
        List<String> names = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private long institution(String shortName) {
        return As.user(OFFICER, () -> offerService.offers(campaignId).stream()
                .filter(o -> o.getInstitution().getShortName().equals(shortName)).findFirst().orElseThrow()
                .institutionId());
    }

    private long unit(String director, String name, int places, int continuing) {
        return Campaigns.unit(offerService, campaignId, director, name, places, continuing);
    }

    private long unitVersion(String director, long unitId) {
        return As.user(director, () -> offerService.myOffer(campaignId).getUnits().stream()
                .filter(u -> u.getId() == unitId).findFirst().map(Unit::getVersion).orElseThrow());
    }

    private Offer offerAction(String director, OfferAction action, String comment) {
        return Campaigns.offerAction(offerService, campaignId, director, action, comment);
    }

    private Offer departmentOffer(String institution, OfferAction action, String comment) {
        return Campaigns.departmentOffer(offerService, campaignId, OFFICER, institution, action, comment);
    }

    private void reschedule(Phase phase) {
        reschedule(OFFICER, phase);
    }

    private void reschedule(String officer, Phase phase) {
        Campaigns.reschedule(campaigns, campaignId, officer, phase);
    }

    private String pesel(int child) {
        return Campaigns.pesel(BORN, serials + child);
    }

    private static List<Guardian> guardians() {
        return List.of(new Guardian("Anna", "Rodzic", "anna@poczta.example.pl", "600100200"));
    }

    private static ApplicationDraft draft(String pesel, String firstName, String lastName, List<Long> units,
                                          Set<String> declared) {
        return new ApplicationDraft(pesel, firstName, lastName, BORN,
                new Address("Gdańska", "12", "85-001", "Bydgoszcz", null, null), null, guardians(), units, declared);
    }

    private long apply(String parent, ApplicationDraft draft) {
        return As.user(parent, () -> portal.create(campaignId, draft).getId());
    }

    private long submitted(String parent, ApplicationDraft draft) {
        long id = apply(parent, draft);
        As.user(parent, () -> portal.submit(id, currentVersion(parent, id)));
        return id;
    }

    private long version(String user, long application) {
        return As.user(user, () -> currentVersion(user, application));
    }

    /** The version the user sees now, asked as that user (inside their call). */
    private long currentVersion(String user, long application) {
        return user.startsWith("rodzic") ? portal.application(application).getApplication().getVersion()
                : verification.application(application).getVersion();
    }

    private ApplicationStatus status(String parent, long application) {
        return As.user(parent, () -> portal.application(application).getApplication().getStatus());
    }

    private void verify(String verifier, long application, Map<String, Boolean> verdicts, Map<String, String> reasons) {
        long seen = version(verifier, application);
        As.user(verifier, () -> verification.verify(application, seen, verdicts, reasons));
    }

    private static java.io.InputStream stream(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private Attachment store(String name, String content) {
        return files.store(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name);
    }

    private static void assertRefusal(Throwable refusal, String key) {
        assertThat(refusal).isInstanceOfSatisfying(OpiumException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
