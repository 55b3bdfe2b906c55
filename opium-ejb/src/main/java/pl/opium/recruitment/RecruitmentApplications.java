package pl.opium.recruitment;

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

    static void loadForReading(RecruitmentApplication application) {
        application.getCampaign().getStages().size();
        application.getPreferences().forEach(unit -> unit.getLabel());
        application.getGuardians().size();
        application.getDeclarations().size();
        application.getDocuments().size();
        if (application.getQualifiedUnit() != null) {
            application.getQualifiedUnit().getLabel();
        }
        if (application.getAdmittedUnit() != null) {
            application.getAdmittedUnit().getLabel();
        }
    }
}
