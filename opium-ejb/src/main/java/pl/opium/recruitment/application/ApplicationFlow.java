package pl.opium.recruitment.application;

import pl.opium.identity.Role;
import pl.opium.workflow.Transition.Guard;
import pl.opium.workflow.Workflow;

import java.util.Set;

import static pl.opium.recruitment.application.ApplicationAction.ADMIT;
import static pl.opium.recruitment.application.ApplicationAction.CONFIRM;
import static pl.opium.recruitment.application.ApplicationAction.PLACE;
import static pl.opium.recruitment.application.ApplicationAction.REFUSE;
import static pl.opium.recruitment.application.ApplicationAction.REOPEN;
import static pl.opium.recruitment.application.ApplicationAction.RESIGN;
import static pl.opium.recruitment.application.ApplicationAction.SUBMIT;
import static pl.opium.recruitment.application.ApplicationAction.VERIFY;
import static pl.opium.recruitment.application.ApplicationAction.WITHDRAW;
import static pl.opium.recruitment.application.ApplicationStatus.ADMITTED;
import static pl.opium.recruitment.application.ApplicationStatus.CONFIRMED;
import static pl.opium.recruitment.application.ApplicationStatus.DRAFT;
import static pl.opium.recruitment.application.ApplicationStatus.NOT_ADMITTED;
import static pl.opium.recruitment.application.ApplicationStatus.SUBMITTED;
import static pl.opium.recruitment.application.ApplicationStatus.VERIFIED;
import static pl.opium.recruitment.application.ApplicationStatus.RESIGNED;
import static pl.opium.recruitment.application.ApplicationStatus.WITHDRAWN;

/**
 * The life of an application. The parent who filed it submits it, confirms the will to take the place
 * it qualified for and may withdraw it until the admitted lists; the first-choice institution verifies
 * it (and may reopen its verification); when the round closes the department's recruitment officers
 * admit those who confirmed and refuse the others; a refused candidate can still be placed — by the
 * department (a proposed place) or by a director upholding an appeal. The parent of an admitted child
 * may give the place up at any time; it is free again. When a step is open is the
 * schedule's business, checked by the services.
 */
public final class ApplicationFlow {

    private static final Set<Role> PARENT = Set.of(Role.PARENT);
    private static final Set<Role> VERIFIERS = Set.of(Role.INSTITUTION_DIRECTOR, Role.INSTITUTION_STAFF);
    private static final Set<Role> DEPARTMENT = Set.of(Role.DEPARTMENT_OFFICER, Role.UNIT_HEAD, Role.DEPARTMENT_DIRECTOR);

    private static final Guard<RecruitmentApplication> OWNER = (application, actor) ->
            application.isOwnedBy(actor.username());
    private static final Guard<RecruitmentApplication> FIRST_CHOICE = (application, actor) ->
            actor.institutionId() != null
                    && actor.institutionId().equals(application.firstPreference().getInstitution().getId());
    /** A director places only a candidate who asked for a place at their institution (an appeal upheld there). */
    private static final Guard<RecruitmentApplication> PREFERRED = (application, actor) ->
            actor.institutionId() != null && application.getPreferences().stream()
                    .anyMatch(unit -> actor.institutionId().equals(unit.getInstitution().getId()));
    private static final Guard<RecruitmentApplication> QUALIFIED = (application, actor) ->
            application.isOwnedBy(actor.username()) && application.getQualifiedUnit() != null;

    public static final Workflow<ApplicationStatus, ApplicationAction, RecruitmentApplication> WORKFLOW = build();

    private ApplicationFlow() {
    }

    private static Workflow<ApplicationStatus, ApplicationAction, RecruitmentApplication> build() {
        Workflow.Builder<ApplicationStatus, ApplicationAction, RecruitmentApplication> table =
                Workflow.named("recruitment application");
        table.allow(DRAFT, SUBMIT, SUBMITTED, PARENT, OWNER, "recruitment.notYourApplication");
        for (ApplicationStatus open : new ApplicationStatus[]{DRAFT, SUBMITTED, VERIFIED, CONFIRMED}) {
            table.allow(open, WITHDRAW, WITHDRAWN, PARENT, OWNER, "recruitment.notYourApplication");
        }
        return table
                .allow(SUBMITTED, VERIFY, VERIFIED, VERIFIERS, FIRST_CHOICE, "recruitment.notFirstChoice")
                .allow(VERIFIED, REOPEN, SUBMITTED, VERIFIERS, FIRST_CHOICE, "recruitment.notFirstChoice")
                .allow(VERIFIED, CONFIRM, CONFIRMED, PARENT, QUALIFIED, "recruitment.notQualified")
                .allow(CONFIRMED, ADMIT, ADMITTED, DEPARTMENT)
                .allow(VERIFIED, REFUSE, NOT_ADMITTED, DEPARTMENT)
                .allow(NOT_ADMITTED, PLACE, ADMITTED, DEPARTMENT)
                .allow(NOT_ADMITTED, PLACE, ADMITTED, Set.of(Role.INSTITUTION_DIRECTOR), PREFERRED,
                        "recruitment.notPreferred")
                .allow(ADMITTED, RESIGN, RESIGNED, PARENT, OWNER, "recruitment.notYourApplication")
                .build();
    }
}
