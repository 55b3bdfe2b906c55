package pl.opium.recruitment.campaign;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.identity.AuditAction;
import pl.opium.identity.AuditLog;
import pl.opium.identity.Caller;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;
import pl.opium.persistence.Conflicts;
import pl.opium.recruitment.RecruitmentLookup;
import pl.opium.registry.Institution;
import pl.opium.workflow.Actor;
import pl.opium.workflow.StateChanged;
import pl.opium.workflow.WorkflowHistory;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Institutions' offers in a campaign: an institution offers units and places, its director appoints
 * the committee and submits the offer, the department approves it or returns it. The offer is settled
 * before applications open — parents choose from what is approved.
 */
@Stateless
@RolesAllowed({Role.RECRUITMENT_OFFICER_ROLE, Role.INSTITUTION_DIRECTOR_ROLE, Role.INSTITUTION_STAFF_ROLE})
public class OfferService {

    static final String OFFER = "Offer";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private AuditLog audit;

    @EJB
    private WorkflowHistory history;

    /** The caller's institution's offer in a campaign, begun on first look. */
    @RolesAllowed({Role.INSTITUTION_DIRECTOR_ROLE, Role.INSTITUTION_STAFF_ROLE})
    public Offer myOffer(long campaignId) {
        Caller caller = currentUser.caller();
        RecruitmentCampaign campaign = RecruitmentLookup.campaign(em, campaignId);
        Offer offer = em.createQuery("select o from Offer o where o.campaign = :campaign and o.institution.id = :institution",
                        Offer.class)
                .setParameter("campaign", campaign)
                .setParameter("institution", caller.getInstitutionId())
                .getResultStream().findFirst().orElse(null);
        if (offer == null) {
            offer = new Offer(campaign, em.find(Institution.class, caller.getInstitutionId()));
            em.persist(offer);
            Conflicts.flush(em);
        }
        offer.getUnits().size();
        offer.getCommittee().size();
        return offer;
    }

    /** The director appoints the institution's committee for the campaign, naming its chair. */
    @RolesAllowed(Role.INSTITUTION_DIRECTOR_ROLE)
    public Offer appointCommittee(long offerId, long version, List<CommitteeMember> members) {
        Offer offer = visibleOffer(offerId, currentUser.caller());
        Conflicts.requireSeen(offer, version);
        offer.appointCommittee(members);
        Conflicts.flush(em);
        audit.record(AuditAction.RECRUITMENT_COMMITTEE_APPOINTED, offer,
                offer.getCommittee().stream().map(CommitteeMember::getName).collect(Collectors.joining(", ")));
        offer.getUnits().size();
        return offer;
    }

    @RolesAllowed({Role.INSTITUTION_DIRECTOR_ROLE, Role.INSTITUTION_STAFF_ROLE})
    public Unit addUnit(long offerId, long version, UnitDraft unit) {
        Offer offer = ownOffer(offerId, version);
        Unit added = offer.add(unit.name(), unit.kind(), unit.places(), unit.continuing(), unit.subjects());
        Conflicts.flush(em);
        return added;
    }

    @RolesAllowed({Role.INSTITUTION_DIRECTOR_ROLE, Role.INSTITUTION_STAFF_ROLE})
    public Unit changeUnit(long unitId, long version, UnitDraft draft) {
        Unit unit = ownUnit(unitId, version);
        unit.change(draft.name(), draft.kind(), draft.places(), draft.continuing(), draft.subjects());
        Conflicts.flush(em);
        return unit;
    }

    @RolesAllowed({Role.INSTITUTION_DIRECTOR_ROLE, Role.INSTITUTION_STAFF_ROLE})
    public void removeUnit(long unitId, long version) {
        Unit unit = ownUnit(unitId, version);
        unit.getOffer().remove(unit);
        Conflicts.flush(em);
    }

    /** Submits, approves or returns an offer; a return says why. */
    public Offer perform(long offerId, long version, OfferAction action, String comment) {
        if (action == OfferAction.RETURN && (comment == null || comment.isBlank())) {
            throw new OpiumException("recruitment.offer.returnNeedsComment");
        }
        Caller caller = currentUser.caller();
        Offer offer = visibleOffer(offerId, caller);
        Conflicts.requireSeen(offer, version);
        requireBeforeApplications(offer.getCampaign());
        OfferStatus left = offer.perform(action, Actor.of(caller));
        Conflicts.flush(em);
        history.record(new StateChanged(OFFER, offerId, action.name(), left.name(), offer.getStatus().name(),
                caller.getUsername(), Instant.now(), comment == null || comment.isBlank() ? null : comment.trim()));
        return offer;
    }

    /** Every institution's offer in a campaign, for the department. */
    @RolesAllowed(Role.RECRUITMENT_OFFICER_ROLE)
    public List<Offer> offers(long campaignId) {
        return em.createQuery("""
                        select distinct o from Offer o join fetch o.institution left join fetch o.units
                        where o.campaign.id = :campaign order by o.institution.shortName""", Offer.class)
                .setParameter("campaign", campaignId)
                .getResultList();
    }

    private Offer visibleOffer(long offerId, Caller caller) {
        Offer offer = em.find(Offer.class, offerId);
        if (offer == null) {
            throw new OpiumException("recruitment.noOffer");
        }
        if (!caller.canSeeInstitution(offer.institutionId())) {
            throw currentUser.refusal(caller, "Offer " + offerId);
        }
        return offer;
    }

    private Offer ownOffer(long offerId, long version) {
        Offer offer = visibleOffer(offerId, currentUser.caller());
        Conflicts.requireSeen(offer, version);
        requireBeforeApplications(offer.getCampaign());
        return offer;
    }

    private Unit ownUnit(long unitId, long version) {
        Unit unit = em.find(Unit.class, unitId);
        if (unit == null) {
            throw new OpiumException("recruitment.noUnit");
        }
        visibleOffer(unit.getOffer().getId(), currentUser.caller());
        Conflicts.requireSeen(unit, version);
        requireBeforeApplications(unit.getOffer().getCampaign());
        return unit;
    }

    private static void requireBeforeApplications(RecruitmentCampaign campaign) {
        StagePeriod applications = campaign.schedule().period(Round.MAIN, Step.APPLICATIONS);
        if (!Instant.now().isBefore(applications.getOpensAt())) {
            throw new OpiumException("recruitment.offer.applicationsOpen", Schedule.shown(applications.getOpensAt()));
        }
    }
}
