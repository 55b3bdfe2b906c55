package pl.opium.recruitment;

import jakarta.persistence.EntityManager;
import pl.opium.OpiumException;
import pl.opium.registry.GroupResolver;

import java.util.Comparator;

/** What pages and lists read of an application after its transaction: loaded while it is open. */
final class RecruitmentApplications {

    /** By surname, then first name, as Polish lists are ordered. */
    static final Comparator<RecruitmentApplication> ALPHABETICAL = Comparator
            .comparing(RecruitmentApplication::getLastName, GroupResolver.POLISH)
            .thenComparing(RecruitmentApplication::getFirstName, GroupResolver.POLISH)
            .thenComparing(RecruitmentApplication::getId);

    private RecruitmentApplications() {
    }

    /** The campaign, or a Polish refusal when the id names none (a stale link, someone's guess). */
    static RecruitmentCampaign campaign(EntityManager em, long id) {
        RecruitmentCampaign campaign = em.find(RecruitmentCampaign.class, id);
        if (campaign == null) {
            throw new OpiumException("recruitment.noCampaign");
        }
        return campaign;
    }

    /** The application, or a Polish refusal when the id names none. */
    static RecruitmentApplication application(EntityManager em, long id) {
        RecruitmentApplication application = em.find(RecruitmentApplication.class, id);
        if (application == null) {
            throw new OpiumException("recruitment.noApplication");
        }
        return application;
    }

    static void loadForReading(RecruitmentApplication application) {
        application.getCampaign().getStages().size();
        application.getPreferences().forEach(unit -> unit.getLabel());
        application.getGuardians().size();
        application.getDeclarations().size();
        application.getDocuments().size();
        // a secondary school's application: its grades, which the parent's form shows again
        application.secondaryResults();
        if (application.getQualifiedUnit() != null) {
            application.getQualifiedUnit().getLabel();
        }
        if (application.getAdmittedUnit() != null) {
            application.getAdmittedUnit().getLabel();
        }
    }
}
