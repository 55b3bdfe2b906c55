package pl.opium.recruitment.campaign;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.identity.AuditAction;
import pl.opium.identity.AuditLog;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;
import pl.opium.persistence.Conflicts;
import pl.opium.recruitment.RecruitmentLookup;
import pl.opium.recruitment.application.Priorities;
import pl.opium.recruitment.assignment.Places;
import pl.opium.recruitment.criteria.MunicipalCriterion;
import pl.opium.registry.District;
import pl.opium.registry.Institution;
import pl.opium.workflow.WorkflowHistory;

import java.util.List;
import java.util.Map;

/**
 * Campaigns: the department sets up a campaign with its schedule and criteria; anyone reads the
 * campaigns, a campaign's public catalogue of approved units and the criteria a parent may declare.
 * Institutions' offers are {@link OfferService}'s.
 */
@Stateless
@RolesAllowed({Role.RECRUITMENT_OFFICER_ROLE, Role.INSTITUTION_DIRECTOR_ROLE, Role.INSTITUTION_STAFF_ROLE})
public class CampaignService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private AuditLog audit;

    @EJB
    private WorkflowHistory history;

    @RolesAllowed(Role.RECRUITMENT_OFFICER_ROLE)
    public RecruitmentCampaign create(String name, Level level, String schoolYear, int maxPreferences,
                                      List<MunicipalCriterion> criteria, List<StagePeriod> schedule) {
        RecruitmentCampaign campaign = new RecruitmentCampaign(name, level, schoolYear, maxPreferences, criteria,
                schedule, currentUser.caller().getUsername());
        em.persist(campaign);
        em.flush();
        audit.record(AuditAction.RECRUITMENT_CAMPAIGN_CREATED, campaign, campaign.getName());
        return campaign;
    }

    /** A city amends its schedule by resolution; the new one replaces the old and is audited. */
    @RolesAllowed(Role.RECRUITMENT_OFFICER_ROLE)
    public RecruitmentCampaign reschedule(long campaignId, long version, List<StagePeriod> schedule) {
        RecruitmentCampaign campaign = campaign(campaignId);
        Conflicts.requireSeen(campaign, version);
        campaign.reschedule(schedule);
        Conflicts.flush(em);
        audit.record(AuditAction.RECRUITMENT_SCHEDULE_CHANGED, campaign, schedule.size() + " stages");
        return campaign;
    }

    /** Every campaign with its schedule, newest first (public: the portal's front page lists them). */
    @PermitAll
    public List<RecruitmentCampaign> campaigns() {
        List<RecruitmentCampaign> campaigns = em.createQuery(
                "select c from RecruitmentCampaign c order by c.createdAt desc", RecruitmentCampaign.class).getResultList();
        campaigns.forEach(campaign -> campaign.getStages().size());
        return campaigns;
    }

    @PermitAll
    public RecruitmentCampaign campaign(long id) {
        RecruitmentCampaign campaign = RecruitmentLookup.campaign(em, id);
        campaign.getStages().size();
        campaign.getCriteria().size();
        return campaign;
    }

    /** A unit in the public catalogue: where, what kind, how many places and how many are still free. */
    public record CatalogueEntry(long unitId, String institution, String address, String district, String unit,
                                 UnitKind kind, int places, int free) implements java.io.Serializable {
        // getters for Jakarta EL, which reads no record components

        public long getUnitId() {
            return unitId;
        }

        public String getInstitution() {
            return institution;
        }

        public String getAddress() {
            return address;
        }

        public String getDistrict() {
            return district;
        }

        public String getUnit() {
            return unit;
        }

        public UnitKind getKind() {
            return kind;
        }

        public int getPlaces() {
            return places;
        }

        public int getFree() {
            return free;
        }
    }

    /** The approved offer, as parents browse it (public: no sign-in needed). */
    @PermitAll
    public List<CatalogueEntry> catalogue(long campaignId) {
        // anyone may ask, as often as they like: a fixed number of queries, however many units
        Map<Long, Integer> added = Places.freeByUnit(em, campaignId);
        return em.createQuery("""
                        select u, i, d from Unit u join u.offer o join o.institution i left join i.district d
                        where o.campaign.id = :campaign and o.status = :approved
                        order by i.name, u.name, u.id""", Object[].class)
                .setParameter("campaign", campaignId).setParameter("approved", OfferStatus.APPROVED)
                .getResultStream()
                .map(row -> {
                    Unit unit = (Unit) row[0];
                    Institution institution = (Institution) row[1];
                    District district = (District) row[2];
                    return new CatalogueEntry(unit.getId(), institution.getName(), institution.getAddress().getOneLine(),
                            district == null ? null : district.getName(), unit.getName(), unit.getKind(),
                            unit.placesForRecruitment(),
                            Math.max(0, unit.placesForRecruitment() + added.getOrDefault(unit.getId(), 0)));
                })
                .toList();
    }

    /** A criterion a parent may declare in a campaign, named as the form shows it. */
    public record DeclarableCriterion(String code, String name) implements java.io.Serializable {
        // getters for Jakarta EL, which reads no record components

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }
    }

    /** What a parent may declare in the campaign: the statutory criteria, the city's, a certificate (public). */
    @PermitAll
    public List<DeclarableCriterion> declarable(long campaignId) {
        RecruitmentCampaign campaign = campaign(campaignId);
        Priorities priorities = new Priorities(campaign);
        return Priorities.declarable(campaign).stream()
                .map(code -> new DeclarableCriterion(code, priorities.criterionName(code))).toList();
    }
}
