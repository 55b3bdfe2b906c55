package pl.opium.recruitment.application;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import pl.opium.identity.Role;
import pl.opium.persistence.Identified;
import pl.opium.recruitment.campaign.Level;
import pl.opium.recruitment.campaign.Offer;
import pl.opium.recruitment.campaign.OfferAction;
import pl.opium.recruitment.campaign.OfferApproval;
import pl.opium.recruitment.campaign.OfferStatus;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.ScheduleTest;
import pl.opium.recruitment.campaign.Unit;
import pl.opium.recruitment.campaign.UnitKind;
import pl.opium.registry.Institution;
import pl.opium.registry.InstitutionType;
import pl.opium.workflow.Actor;
import pl.opium.workflow.Workflow;
import pl.opium.workflow.WorkflowException;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import static pl.opium.recruitment.application.ApplicationStatus.RESIGNED;
import static pl.opium.recruitment.application.ApplicationStatus.SUBMITTED;
import static pl.opium.recruitment.application.ApplicationStatus.VERIFIED;
import static pl.opium.recruitment.application.ApplicationStatus.WITHDRAWN;

/**
 * Every move of the recruitment application's and the offer's transition tables, for every kind of
 * person: the outcome of each state × action × person, and the buttons each person is shown, as the
 * message approval's table is tested.
 */
class RecruitmentFlowsTest {

    private static final long FIRST_CHOICE = 100;
    private static final long OTHER_SCHOOL = 200;
    private static final Actor PARENT = actor(1, "rodzic", null, Role.PARENT);
    private static final Actor OTHER_PARENT = actor(2, "inny.rodzic", null, Role.PARENT);
    private static final Actor DIRECTOR = actor(3, "p04.dyrektor", FIRST_CHOICE, Role.INSTITUTION_DIRECTOR);
    private static final Actor STAFF = actor(4, "p04.sekretariat", FIRST_CHOICE, Role.INSTITUTION_STAFF);
    private static final Actor OTHER_DIRECTOR = actor(5, "p07.dyrektor", OTHER_SCHOOL, Role.INSTITUTION_DIRECTOR);
    private static final Actor ACCOUNTANT = actor(6, "p04.ksiegowa", FIRST_CHOICE, Role.INSTITUTION_ACCOUNTANT);
    private static final Actor OFFICER = actor(7, "pracownik.prz", null, Role.DEPARTMENT_OFFICER);
    private static final Actor HEAD = actor(8, "kierownik.prz", null, Role.UNIT_HEAD);
    private static final Actor DEPARTMENT_DIRECTOR = actor(9, "dyrektor.wydzialu", null, Role.DEPARTMENT_DIRECTOR);
    private static final Actor RECRUITER = actor(10, "rekrutacja", null, Role.RECRUITMENT_OFFICER);
    private static final Actor COMMITTEE = actor(11, "komisja", null, Role.COMMITTEE_MEMBER);
    private static final Actor ADMIN = actor(12, "admin", null, Role.ADMIN);
    private static final Map<String, Actor> EVERYONE = new LinkedHashMap<>();

    static {
        for (Actor actor : List.of(PARENT, OTHER_PARENT, DIRECTOR, STAFF, OTHER_DIRECTOR, ACCOUNTANT, OFFICER, HEAD,
                DEPARTMENT_DIRECTOR, RECRUITER, COMMITTEE, ADMIN)) {
            EVERYONE.put(actor.username(), actor);
        }
    }

    private static Actor actor(long id, String username, Long institution, Role role) {
        return new Actor(id, username, Set.of(role), institution == null ? 50L : null, institution);
    }

    private static String key(Enum<?> state, Enum<?> action, Actor actor) {
        return state + " " + action + " " + actor.username();
    }

    /** The whole expected table of an application: anything not listed is refused. */
    private static Map<String, ApplicationStatus> expectedForApplication(boolean qualified) {
        Map<String, ApplicationStatus> allowed = new HashMap<>();
        allowed.put(key(DRAFT, SUBMIT, PARENT), SUBMITTED);
        for (ApplicationStatus open : List.of(DRAFT, SUBMITTED, VERIFIED, CONFIRMED)) {
            allowed.put(key(open, WITHDRAW, PARENT), WITHDRAWN);
        }
        for (Actor verifier : List.of(DIRECTOR, STAFF)) {
            allowed.put(key(SUBMITTED, VERIFY, verifier), VERIFIED);
            allowed.put(key(VERIFIED, REOPEN, verifier), SUBMITTED);
        }
        if (qualified) {
            allowed.put(key(VERIFIED, CONFIRM, PARENT), CONFIRMED);
        }
        for (Actor department : List.of(OFFICER, HEAD, DEPARTMENT_DIRECTOR)) {
            allowed.put(key(CONFIRMED, ADMIT, department), ADMITTED);
            allowed.put(key(VERIFIED, REFUSE, department), NOT_ADMITTED);
            allowed.put(key(NOT_ADMITTED, PLACE, department), ADMITTED);
        }
        // a director upholding an appeal places the candidate: only one who asked for a place at the
        // director's institution (which appeal it is, the service checks)
        allowed.put(key(NOT_ADMITTED, PLACE, DIRECTOR), ADMITTED);
        allowed.put(key(ADMITTED, RESIGN, PARENT), RESIGNED);
        return allowed;
    }

    @ParameterizedTest(name = "qualified: {0}")
    @ValueSource(booleans = {false, true})
    void everyMoveOfEveryPersonOnAnApplicationAndTheButtonsShown(boolean qualified) throws ReflectiveOperationException {
        assertTable(ApplicationFlow.WORKFLOW, ApplicationStatus.values(), ApplicationAction.values(), application(qualified),
                expectedForApplication(qualified));
    }

    @Test
    void refusalsOnAnApplicationSayWhy() throws ReflectiveOperationException {
        RecruitmentApplication application = application(false);
        assertThatThrownBy(() -> ApplicationFlow.WORKFLOW.apply(DRAFT, SUBMIT, application, OTHER_PARENT))
                .extracting("messageKey").isEqualTo("recruitment.notYourApplication");
        assertThatThrownBy(() -> ApplicationFlow.WORKFLOW.apply(SUBMITTED, VERIFY, application, OTHER_DIRECTOR))
                .extracting("messageKey").isEqualTo("recruitment.notFirstChoice");
        assertThatThrownBy(() -> ApplicationFlow.WORKFLOW.apply(VERIFIED, CONFIRM, application, PARENT))
                .extracting("messageKey").isEqualTo("recruitment.notQualified");
        assertThatThrownBy(() -> ApplicationFlow.WORKFLOW.apply(CONFIRMED, ADMIT, application, RECRUITER))
                .extracting("messageKey").isEqualTo("workflow.notAllowed");
        assertThatThrownBy(() -> ApplicationFlow.WORKFLOW.apply(WITHDRAWN, SUBMIT, application, PARENT))
                .extracting("messageKey").isEqualTo("workflow.illegal");
    }

    /** The whole expected table of an offer of the first-choice school: anything not listed is refused. */
    private static Map<String, OfferStatus> expectedForOffer() {
        Map<String, OfferStatus> allowed = new HashMap<>();
        allowed.put(key(OfferStatus.DRAFT, OfferAction.SUBMIT, DIRECTOR), OfferStatus.SUBMITTED);
        allowed.put(key(OfferStatus.RETURNED, OfferAction.SUBMIT, DIRECTOR), OfferStatus.SUBMITTED);
        for (Actor department : List.of(OFFICER, HEAD, DEPARTMENT_DIRECTOR)) {
            allowed.put(key(OfferStatus.SUBMITTED, OfferAction.APPROVE, department), OfferStatus.APPROVED);
            allowed.put(key(OfferStatus.SUBMITTED, OfferAction.RETURN, department), OfferStatus.RETURNED);
        }
        return allowed;
    }

    @Test
    void everyMoveOfEveryPersonOnAnOfferAndTheButtonsShown() throws ReflectiveOperationException {
        Offer offer = new Offer(campaign(), institution(FIRST_CHOICE));
        assertTable(OfferApproval.WORKFLOW, OfferStatus.values(), OfferAction.values(), offer, expectedForOffer());
        assertThatThrownBy(() -> OfferApproval.WORKFLOW.apply(OfferStatus.DRAFT, OfferAction.SUBMIT, offer, OTHER_DIRECTOR))
                .extracting("messageKey").isEqualTo("recruitment.notYourInstitution");
    }

    /**
     * Each state × action × person: the expected state where the table lists the move, a refusal
     * everywhere else; and the buttons each person is shown in each state are exactly the listed moves.
     */
    private static <S extends Enum<S>, A extends Enum<A>, T> void assertTable(Workflow<S, A, T> workflow, S[] states,
                                                                             A[] actions, T subject, Map<String, S> expected) {
        int checked = 0;
        for (S state : states) {
            for (Actor actor : EVERYONE.values()) {
                for (A action : actions) {
                    String move = key(state, action, actor);
                    S outcome = expected.get(move);
                    if (outcome != null) {
                        assertThat(workflow.apply(state, action, subject, actor).to()).as(move).isEqualTo(outcome);
                    } else {
                        assertThatThrownBy(() -> workflow.apply(state, action, subject, actor)).as(move)
                                .isInstanceOf(WorkflowException.class);
                    }
                    checked++;
                }
                assertThat(workflow.allowedActions(state, subject, actor)).as(state + " " + actor.username())
                        .containsExactlyElementsOf(Arrays.stream(actions)
                                .filter(action -> expected.containsKey(key(state, action, actor))).toList());
            }
        }
        assertThat(checked).isEqualTo(states.length * actions.length * EVERYONE.size());
    }

    /** A parent's application whose first choice is a unit of the first-choice school; qualified there or not. */
    private static RecruitmentApplication application(boolean qualified) throws ReflectiveOperationException {
        Offer offer = new Offer(campaign(), institution(FIRST_CHOICE));
        Unit unit = offer.add("Tęcza", UnitKind.GENERAL, 25, 0, null);
        RecruitmentApplication application = new RecruitmentApplication(offer.getCampaign(), Round.MAIN, PARENT.username());
        // the preferences as RecruitmentApplication.fill sets them (fill also checks a PESEL, guardians…)
        Field preferences = RecruitmentApplication.class.getDeclaredField("preferences");
        preferences.setAccessible(true);
        preferences.set(application, new ArrayList<>(List.of(unit)));
        if (qualified) {
            application.qualify(unit);
        }
        return application;
    }

    private static RecruitmentCampaign campaign() {
        return new RecruitmentCampaign("Przedszkola 2027", Level.PRESCHOOL, "2027/2028", 3, List.of(), ScheduleTest.typical(),
                "pracownik.prz");
    }

    /** An institution with the id the database would give it. */
    private static Institution institution(long id) throws ReflectiveOperationException {
        Institution institution = new Institution("Przedszkole nr " + id, "P " + id, InstitutionType.PRESCHOOL);
        Field field = Identified.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(institution, id);
        return institution;
    }
}
