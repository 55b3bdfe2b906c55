package pl.opium.it;

import jakarta.ejb.EJB;
import org.junit.jupiter.api.Test;
import pl.opium.demo.DemoStory;
import pl.opium.messaging.MessageService;
import pl.opium.messaging.MessageStatus;
import pl.opium.messaging.board.Board;
import pl.opium.messaging.board.BoardRow;
import pl.opium.messaging.board.FormResultsService;
import pl.opium.messaging.board.StatusBoardService;
import pl.opium.messaging.inbox.ReplyStatus;
import pl.opium.recruitment.appeal.AppealService;
import pl.opium.recruitment.application.ApplicationStatus;
import pl.opium.recruitment.application.PortalService;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.application.VerificationService;
import pl.opium.recruitment.assignment.AssignmentService;
import pl.opium.recruitment.campaign.CampaignService;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.Step;
import pl.opium.recruitment.lists.RecruitmentLists;
import pl.opium.recruitment.lists.UnitList;
import pl.opium.surveys.MergeStatus;
import pl.opium.surveys.SurveyMergeRun;
import pl.opium.surveys.SurveyService;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo city's story (what a newcomer finds after the first start with the demo), told on the
 * shared server through the services users call: the tests' server leaves it out at start
 * ({@code opium.demo.story=false}) and this class tells it once and reads what it made as its people.
 */
class DemoStoryIT extends OnSharedDeployment {

    private static final String OFFICER = "pracownik.prz";

    @EJB
    private DemoStory story;

    @EJB
    private MessageService messages;

    @EJB
    private StatusBoardService boards;

    @EJB
    private FormResultsService formResults;

    @EJB
    private SurveyService surveys;

    @EJB
    private VerificationService verification;

    @EJB
    private PortalService portal;

    @EJB
    private CampaignService campaigns;

    @EJB
    private AssignmentService assignment;

    @EJB
    private RecruitmentLists lists;

    @EJB
    private AppealService appeals;

    @Test
    void theStoryShowsMessagesInEveryStateAFormWithAnswersAndAMergedSurvey() {
        DemoStory.Told told = story.tell();

        assertThat(As.user(OFFICER, () -> messages.message(told.draft())).getStatus()).isEqualTo(MessageStatus.DRAFT);
        assertThat(As.user(OFFICER, () -> messages.message(told.returned())).getStatus()).isEqualTo(MessageStatus.RETURNED);
        assertThat(As.user("kierownik.prz", () -> messages.message(told.waiting())).getStatus())
                .isEqualTo(MessageStatus.AWAITING_HEAD);

        Board info = As.user(OFFICER, () -> boards.board(told.info()));
        assertThat(info.rows()).hasSize(8).filteredOn(BoardRow::isRead).hasSize(3);

        Board question = As.user(OFFICER, () -> boards.board(told.question()));
        assertThat(question.rows()).filteredOn(BoardRow::isReplied).hasSize(4);
        assertThat(question.rows()).filteredOn(row -> row.replyStatus() == ReplyStatus.REOPENED).singleElement()
                .satisfies(row -> assertThat(row.replyText()).isEqualTo("Brak"));
        assertThat(question.standing().readOnly()).isEqualTo(2); // read without a reply, and the answer sent back
        assertThat(question.reminders()).singleElement().satisfies(reminder -> assertThat(reminder.getRecipientCount())
                .isEqualTo(4));

        assertThat(As.user(OFFICER, () -> formResults.formResults(told.form())).submissions()).hasSize(5);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> As.user(OFFICER,
                () -> surveys.mergeRuns(told.survey())).stream().allMatch(run -> run.getStatus() != MergeStatus.RUNNING));
        List<SurveyMergeRun> runs = As.user(OFFICER, () -> surveys.mergeRuns(told.survey()));
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.getStatus()).isEqualTo(MergeStatus.DONE);
            assertThat(run.getMergedCopies()).isEqualTo(4);
            assertThat(run.getMergedRows()).isEqualTo(7);
        });

        // the preschool recruitment: six applications submitted, one still a draft; two of p20's verified
        List<RecruitmentApplication> atP20 = As.user("p20.dyrektor", () -> verification.toVerify(told.preschoolCampaign()));
        assertThat(atP20).extracting(RecruitmentApplication::getStatus)
                .containsOnly(ApplicationStatus.SUBMITTED, ApplicationStatus.VERIFIED)
                .filteredOn(status -> status == ApplicationStatus.VERIFIED).hasSize(2);
        assertThat(As.user("rodzic5", () -> portal.mine())).extracting(RecruitmentApplication::getStatus)
                .contains(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED);
        assertThat(As.user(OFFICER, () -> campaigns.campaign(told.preschoolCampaign())).schedule()
                .period(Round.MAIN, Step.VERIFICATION).contains(java.time.Instant.now())).isTrue();

        // the secondary recruitment: two runs (the tie decided between them), admitted lists out, an appeal made
        long secondary = told.secondaryCampaign();
        assertThat(As.user("pracownik.spp", () -> assignment.runs(secondary, Round.MAIN))).hasSize(2)
                .first().satisfies(latest -> assertThat(latest.isFinalResult()).isTrue());
        assertThat(As.user("pracownik.spp", () -> lists.admitted(secondary, Round.MAIN)))
                .flatExtracting(UnitList::getIn).extracting(UnitList.Entry::getFirstName)
                .containsExactlyInAnyOrder("Ola", "Piotr", "Maja", "Leon");
        assertThat(As.user("lo03.dyrektor", () -> appeals.appeals(secondary))).singleElement().satisfies(appeal -> {
            assertThat(appeal.getApplication().getLastName()).isEqualTo("Czajka");
            assertThat(appeal.getJustification()).contains("nie został przyjęty");
            assertThat(appeal.getAppealText()).isNotBlank();
            assertThat(appeal.getOutcome()).isNull();
        });
    }
}
