package pl.opium.recruitment.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.identity.Role;
import pl.opium.recruitment.application.ApplicationStatus;
import pl.opium.recruitment.application.Priorities;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.assignment.AssignmentService;
import pl.opium.recruitment.campaign.OfferStatus;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.Unit;
import pl.opium.recruitment.matching.NearestPlaces;
import pl.opium.registry.District;
import pl.opium.registry.Institution;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The department's view over a campaign: applications by round and state, demand against places per
 * unit (the pages sum it per institution and district), and every candidate admitted nowhere with a
 * proposed place — the nearest unit of the right kind with room, by straight line where the address
 * was found in the city's register, otherwise one in the candidate's district — for an officer to confirm.
 */
@Stateless
@RolesAllowed(Role.RECRUITMENT_OFFICER_ROLE)
public class SupervisionService {

    static final String GENERAL = "GENERAL";
    static final String CERTIFIED = "CERTIFIED";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AssignmentService assignment;

    public record StatusCount(Round round, ApplicationStatus status, long count) implements Serializable {
        // getters for Jakarta EL, which reads no record components

        public Round getRound() {
            return round;
        }

        public ApplicationStatus getStatus() {
            return status;
        }

        public long getCount() {
            return count;
        }
    }

    /**
     * A unit's demand and supply.
     *
     * @param firstChoice applications naming it first
     * @param applicants  applications naming it anywhere
     */
    public record Demand(long unitId, String institution, String district, String unit, int places, long firstChoice,
                         long applicants, long admitted) implements Serializable {

        public String getInstitution() {
            return institution;
        }

        public String getDistrict() {
            return district;
        }

        public String getUnit() {
            return unit;
        }

        public int getPlaces() {
            return places;
        }

        public long getFirstChoice() {
            return firstChoice;
        }

        public long getApplicants() {
            return applicants;
        }

        public long getAdmitted() {
            return admitted;
        }

        /** First choices per place: above 1, the unit cannot take everyone who put it first. */
        public double getPressure() {
            return places == 0 ? 0 : (double) firstChoice / places;
        }
    }

    /** A candidate admitted nowhere and the place proposed (null when no unit of the kind has room). */
    public record Unplaced(long application, long version, String candidate, String district, Long unitId, String unit,
                           Double distanceKm) implements Serializable {

        public String getCandidate() {
            return candidate;
        }

        public String getDistrict() {
            return district;
        }

        public String getUnit() {
            return unit;
        }

        public Double getDistanceKm() {
            return distanceKm;
        }
    }

    public List<StatusCount> applicationsByStatus(long campaignId) {
        return em.createQuery("""
                        select a.round, a.status, count(a) from RecruitmentApplication a where a.campaign.id = :campaign
                        group by a.round, a.status order by a.round, a.status""", Object[].class)
                .setParameter("campaign", campaignId)
                .getResultStream()
                .map(row -> new StatusCount((Round) row[0], (ApplicationStatus) row[1], (Long) row[2]))
                .toList();
    }

    public List<Demand> demand(long campaignId, Round round) {
        List<RecruitmentApplication> applications = em.createQuery("""
                        select a from RecruitmentApplication a where a.campaign.id = :campaign and a.round = :round
                        and a.status not in :gone""", RecruitmentApplication.class)
                .setParameter("campaign", campaignId).setParameter("round", round)
                .setParameter("gone", List.of(ApplicationStatus.DRAFT, ApplicationStatus.WITHDRAWN))
                .getResultList();
        Map<Unit, long[]> counts = new HashMap<>();
        for (RecruitmentApplication application : applications) {
            List<Unit> preferences = application.getPreferences();
            for (int i = 0; i < preferences.size(); i++) {
                long[] count = counts.computeIfAbsent(preferences.get(i), u -> new long[3]);
                count[0] += i == 0 ? 1 : 0;
                count[1]++;
            }
            if (application.getStatus() == ApplicationStatus.ADMITTED) {
                counts.computeIfAbsent(application.getAdmittedUnit(), u -> new long[3])[2]++;
            }
        }
        List<Demand> demand = new ArrayList<>();
        for (Unit unit : approvedUnits(campaignId)) {
            long[] count = counts.getOrDefault(unit, new long[3]);
            Institution institution = unit.getInstitution();
            demand.add(new Demand(unit.getId(), institution.getShortName(), districtName(institution.getDistrict()),
                    unit.getName(), unit.placesForRecruitment(), count[0], count[1], count[2]));
        }
        return demand;
    }

    /** Candidates whose applications ended without an admission anywhere in the campaign, with proposals. */
    public List<Unplaced> unplaced(long campaignId) {
        List<RecruitmentApplication> refused = em.createQuery("""
                        select a from RecruitmentApplication a where a.campaign.id = :campaign and a.status = :refused
                        order by a.id""", RecruitmentApplication.class)
                .setParameter("campaign", campaignId).setParameter("refused", ApplicationStatus.NOT_ADMITTED)
                .getResultList();
        Set<String> admitted = em.createQuery("""
                        select a.pesel from RecruitmentApplication a where a.campaign.id = :campaign and a.status = :admitted""",
                        String.class)
                .setParameter("campaign", campaignId).setParameter("admitted", ApplicationStatus.ADMITTED)
                .getResultStream().collect(Collectors.toSet());
        List<RecruitmentApplication> seekers = refused.stream().filter(a -> !admitted.contains(a.getPesel())).toList();
        List<Unit> units = approvedUnits(campaignId);
        List<NearestPlaces.Place> places = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            int free = assignment.freePlaces(unit);
            if (free > 0) {
                Institution institution = unit.getInstitution();
                places.add(new NearestPlaces.Place(u, unit.getKind().needsCertificate() ? CERTIFIED : GENERAL,
                        districtName(institution.getDistrict()), institution.getAddress().getLatitude(),
                        institution.getAddress().getLongitude(), free));
            }
        }
        List<NearestPlaces.Seeker> wanting = new ArrayList<>();
        for (int s = 0; s < seekers.size(); s++) {
            RecruitmentApplication application = seekers.get(s);
            wanting.add(new NearestPlaces.Seeker(s,
                    application.confirmedCriteria().contains(Priorities.CERTIFICATE) ? CERTIFIED : GENERAL,
                    districtName(application.getDistrict()), application.getAddress().getLatitude(),
                    application.getAddress().getLongitude()));
        }
        Map<Integer, NearestPlaces.Proposal> proposals = NearestPlaces.propose(wanting, places).stream()
                .collect(Collectors.toMap(NearestPlaces.Proposal::candidate, p -> p));
        List<Unplaced> unplaced = new ArrayList<>();
        for (int s = 0; s < seekers.size(); s++) {
            RecruitmentApplication application = seekers.get(s);
            NearestPlaces.Proposal proposal = proposals.get(s);
            Unit unit = proposal == null ? null : units.get(proposal.unit());
            unplaced.add(new Unplaced(application.getId(), application.getVersion(), application.getFullName(),
                    districtName(application.getDistrict()), unit == null ? null : unit.getId(),
                    unit == null ? null : unit.getLabel(), proposal == null ? null : proposal.distanceKm()));
        }
        return unplaced;
    }

    private List<Unit> approvedUnits(long campaignId) {
        return em.createQuery("""
                        select u from Unit u where u.offer.campaign.id = :campaign and u.offer.status = :approved
                        order by u.offer.institution.shortName, u.name, u.id""", Unit.class)
                .setParameter("campaign", campaignId).setParameter("approved", OfferStatus.APPROVED)
                .getResultList();
    }

    private static String districtName(District district) {
        return district == null ? null : district.getName();
    }
}
