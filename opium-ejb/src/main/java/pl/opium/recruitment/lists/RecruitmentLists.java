package pl.opium.recruitment.lists;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.Texts;
import pl.opium.identity.AuditLog;
import pl.opium.identity.Caller;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;
import pl.opium.recruitment.RecruitmentLookup;
import pl.opium.recruitment.application.ApplicationStatus;
import pl.opium.recruitment.application.Priorities;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.assignment.AssignmentRun;
import pl.opium.recruitment.assignment.Places;
import pl.opium.recruitment.assignment.SiblingPlacement;
import pl.opium.recruitment.assignment.TieResolution;
import pl.opium.recruitment.campaign.CommitteeMember;
import pl.opium.recruitment.campaign.Offer;
import pl.opium.recruitment.campaign.OfferStatus;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.Unit;
import pl.opium.registry.GroupResolver;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The lists of a round per unit: qualified / not qualified after the final run, admitted / not
 * admitted after the round is closed. The department sees every unit, an institution its own.
 */
@Stateless
@RolesAllowed({Role.RECRUITMENT_OFFICER_ROLE, Role.INSTITUTION_DIRECTOR_ROLE, Role.INSTITUTION_STAFF_ROLE})
public class RecruitmentLists {

    /** How a list marks a candidate on a place the department added for them to learn with their siblings. */
    static final String SIBLING_PLACE = Texts.get("lists.siblingPlace");

    private static final Comparator<UnitList.Entry> ALPHABETICAL = Comparator
            .comparing(UnitList.Entry::lastName, GroupResolver.POLISH)
            .thenComparing(UnitList.Entry::firstName, GroupResolver.POLISH)
            .thenComparingLong(UnitList.Entry::application);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private AuditLog audit;

    public List<UnitList> lists(long campaignId, Round round, RecruitmentDocuments.Lists kind) {
        return kind == RecruitmentDocuments.Lists.ADMITTED ? admitted(campaignId, round) : qualified(campaignId, round);
    }

    /** The lists to post, a page per unit the caller may see. */
    public byte[] listsPdf(long campaignId, Round round, RecruitmentDocuments.Lists kind) {
        RecruitmentCampaign campaign = RecruitmentLookup.campaign(em, campaignId);
        audit.recordRead(campaign, "lists " + kind + " " + round + " (PDF)");
        return RecruitmentDocuments.listsPdf(kind, campaign.getName(), round, lists(campaignId, round, kind), Instant.now());
    }

    public byte[] listsXlsx(long campaignId, Round round, RecruitmentDocuments.Lists kind) {
        audit.recordRead(RecruitmentLookup.campaign(em, campaignId), "lists " + kind + " " + round + " (XLSX)");
        return RecruitmentDocuments.listsXlsx(kind, lists(campaignId, round, kind));
    }

    /** The protocol of the caller's institution's committee: runs, its tie decisions, its units' results. */
    @RolesAllowed(Role.INSTITUTION_DIRECTOR_ROLE)
    public byte[] protocol(long campaignId, Round round) {
        RecruitmentCampaign campaign = RecruitmentLookup.campaign(em, campaignId);
        Caller caller = currentUser.caller();
        audit.recordRead(campaign, "committee's protocol " + round);
        List<RecruitmentDocuments.RunLine> runs = em.createQuery("""
                        select r from AssignmentRun r where r.campaign = :campaign and r.round = :round
                        order by r.ranAt, r.id""", AssignmentRun.class)
                .setParameter("campaign", campaign).setParameter("round", round)
                .getResultStream()
                .map(r -> new RecruitmentDocuments.RunLine(r.getRanAt(), r.getRanBy(), r.getCandidates(), r.getPlaced(),
                        r.getTies().size(), r.getInputDigest()))
                .toList();
        List<RecruitmentDocuments.Decision> decisions = em.createQuery("""
                        select r from TieResolution r where r.campaign = :campaign and r.round = :round
                        and r.unit.offer.institution.id = :institution order by r.decidedAt""", TieResolution.class)
                .setParameter("campaign", campaign).setParameter("round", round)
                .setParameter("institution", caller.getInstitutionId())
                .getResultStream()
                .map(r -> new RecruitmentDocuments.Decision(r.getUnit().getName(), names(r.order()),
                        r.getExtraPlaces() > 0 ? Texts.get("lists.decision.extraPlaces", String.valueOf(r.getExtraPlaces()))
                                : Texts.get("lists.decision.order", names(r.order())),
                        r.getJustification(), r.getDecidedBy(), r.getDecidedAt()))
                .collect(Collectors.toCollection(ArrayList::new));
        em.createQuery("""
                        select p from SiblingPlacement p where p.campaign = :campaign and p.round = :round
                        and p.unit.offer.institution.id = :institution order by p.decidedAt""", SiblingPlacement.class)
                .setParameter("campaign", campaign).setParameter("round", round)
                .setParameter("institution", caller.getInstitutionId())
                .getResultStream()
                .map(p -> new RecruitmentDocuments.Decision(p.getUnit().getName(),
                        p.getApplication().getLastName() + " " + p.getApplication().getFirstName(),
                        Texts.get(p.isUsed() ? "lists.decision.siblingPlace" : "lists.decision.siblingPlaceUnused"),
                        p.getJustification(), p.getDecidedBy(), p.getDecidedAt()))
                .forEach(decisions::add);
        decisions.sort(Comparator.comparing(RecruitmentDocuments.Decision::decidedAt));
        List<CommitteeMember> committee = em.createQuery(
                        "select o from Offer o where o.campaign = :campaign and o.institution.id = :institution", Offer.class)
                .setParameter("campaign", campaign).setParameter("institution", caller.getInstitutionId())
                .getResultStream().findFirst().map(offer -> List.copyOf(offer.getCommittee())).orElse(List.of());
        return RecruitmentDocuments.protocolPdf(campaign.getName(), caller.getInstitutionName(), round, runs, decisions,
                qualified(campaignId, round), committee, Instant.now());
    }

    private String names(List<Long> applications) {
        return applications.stream().map(id -> em.find(RecruitmentApplication.class, id))
                .map(a -> a.getLastName() + " " + a.getFirstName()).collect(Collectors.joining(", "));
    }

    public List<UnitList> qualified(long campaignId, Round round) {
        return lists(campaignId, round, List.of(ApplicationStatus.VERIFIED, ApplicationStatus.CONFIRMED,
                ApplicationStatus.ADMITTED, ApplicationStatus.NOT_ADMITTED), RecruitmentApplication::getQualifiedUnit);
    }

    public List<UnitList> admitted(long campaignId, Round round) {
        return lists(campaignId, round, List.of(ApplicationStatus.ADMITTED, ApplicationStatus.NOT_ADMITTED),
                a -> a.getStatus() == ApplicationStatus.ADMITTED ? a.getAdmittedUnit() : null);
    }

    private List<UnitList> lists(long campaignId, Round round, List<ApplicationStatus> statuses,
                                 java.util.function.Function<RecruitmentApplication, Unit> placedAt) {
        RecruitmentCampaign campaign = RecruitmentLookup.campaign(em, campaignId);
        Caller caller = currentUser.caller();
        Predicate<Unit> visible = unit -> caller.canSeeInstitution(unit.getInstitution().getId());
        Priorities priorities = new Priorities(campaign);
        List<RecruitmentApplication> applications = em.createQuery("""
                        select distinct a from RecruitmentApplication a left join fetch a.declarations
                        where a.campaign = :campaign and a.round = :round and a.status in :statuses""",
                        RecruitmentApplication.class)
                .setParameter("campaign", campaign).setParameter("round", round).setParameter("statuses", statuses)
                .getResultList();
        List<Unit> units = em.createQuery("""
                        select u from Unit u join u.offer o join o.institution i
                        where o.campaign = :campaign and o.status = :approved
                        order by i.shortName, u.name, u.id""", Unit.class)
                .setParameter("campaign", campaign).setParameter("approved", OfferStatus.APPROVED)
                .getResultList();
        Map<Long, Long> onSiblingPlaces = Places.onSiblingPlaces(em, campaign, round);
        List<UnitList> lists = new ArrayList<>();
        for (Unit unit : units) {
            if (!visible.test(unit)) {
                continue;
            }
            List<UnitList.Entry> in = new ArrayList<>();
            List<UnitList.Entry> out = new ArrayList<>();
            long lowest = Long.MAX_VALUE;
            int onUnitPlaces = 0;
            for (RecruitmentApplication application : applications) {
                if (!application.getPreferences().contains(unit)) {
                    continue;
                }
                long key = priorities.key(application, unit);
                boolean siblingPlace = unit.getId().equals(onSiblingPlaces.get(application.getId()));
                UnitList.Entry entry = new UnitList.Entry(application.getId(), application.getLastName(),
                        application.getFirstName(), priorities.describe(key) + (siblingPlace ? SIBLING_PLACE : ""));
                if (unit.equals(placedAt.apply(application))) {
                    in.add(entry);
                    // a place added for a sibling is not one of the unit's: it sets neither the cut-off nor the count
                    if (!siblingPlace) {
                        lowest = Math.min(lowest, key);
                        onUnitPlaces++;
                    }
                } else {
                    out.add(entry);
                }
            }
            in.sort(ALPHABETICAL);
            out.sort(ALPHABETICAL);
            int places = unit.placesForRecruitment();
            lists.add(new UnitList(unit.getId(), unit.getInstitution().getShortName(), unit.getName(), places,
                    Math.max(0, places - onUnitPlaces), onUnitPlaces == 0 ? null : priorities.describe(lowest), in, out));
        }
        return lists;
    }
}
