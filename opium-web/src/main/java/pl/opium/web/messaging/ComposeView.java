package pl.opium.web.messaging;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import pl.opium.files.AttachmentService;
import pl.opium.forms.Form;
import pl.opium.forms.FormService;
import pl.opium.messaging.Message;
import pl.opium.messaging.MessageDraft;
import pl.opium.messaging.MessageService;
import pl.opium.messaging.MessageStatus;
import pl.opium.messaging.Priority;
import pl.opium.messaging.Recipient;
import pl.opium.messaging.ReplyExpected;
import pl.opium.messaging.groups.UserGroup;
import pl.opium.messaging.groups.UserGroupService;
import pl.opium.registry.GroupService;
import pl.opium.registry.Institution;
import pl.opium.registry.InstitutionFilter;
import pl.opium.registry.InstitutionGroup;
import pl.opium.registry.RegistryService;
import pl.opium.surveys.SurveyService;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;
import pl.opium.web.surveys.SurveyTemplateForm;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a new message or edits a draft: subject, rich-text body, whom it goes to, the reply
 * expected and its deadline, files. "Save" keeps a draft; "Submit" saves and sends it on for
 * approval. Files are stored as soon as they are uploaded and belong to the message once it is saved.
 */
@Named
@ViewScoped
public class ComposeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient MessageService messages;

    @EJB
    private transient AttachmentService files;

    @EJB
    private transient GroupService groups;

    @EJB
    private transient UserGroupService userGroups;

    @EJB
    private transient RegistryService registry;

    @EJB
    private transient SurveyService surveys;

    @EJB
    private transient FormService formService;

    private Long id;
    private long version;
    private String subject;
    private String body;
    private Priority priority = Priority.NORMAL;
    private ReplyExpected replyExpected = ReplyExpected.NONE;
    private LocalDate replyDeadline;
    private boolean askDirector;
    private Long[] institutionGroupIds = new Long[0];
    private Long[] institutionIds = new Long[0];
    private Long[] userGroupIds = new Long[0];
    private final PeoplePicker people = new PeoplePicker();
    private final AttachmentList attachments = new AttachmentList();
    private final SurveyTemplateForm survey = new SurveyTemplateForm();
    /** The form institutions fill in, for a form message; a form can come in with the page's address. */
    private Long formId;
    private List<Form> forms;

    private List<InstitutionGroup> institutionGroups;
    private List<Institution> institutions;
    private List<UserGroup> userGroupList;

    public void load() {
        institutionGroups = groups.groups();
        institutions = registry.searchInstitutions(new InstitutionFilter(null, null, null, Boolean.TRUE, "shortName", true),
                0, 10_000);
        userGroupList = userGroups.groups();
        forms = formService.forms();
        if (id == null) {
            if (formId != null) {
                replyExpected = ReplyExpected.FORM;
            }
            return;
        }
        Message message = Pages.loadOrRefuse(() -> messages.message(id));
        if (message == null) {
            return;
        }
        version = message.getVersion();
        subject = message.getSubject();
        body = message.getBody();
        priority = message.getPriority();
        replyExpected = message.getReplyExpected();
        replyDeadline = message.getReplyDeadline();
        askDirector = message.isDirectorApprovalRequested();
        attachments.addAll(message.getAttachments());
        if (message.getSurveyTemplate() != null) {
            survey.load(message.getSurveyTemplate(), message.getSurveySheets());
        }
        formId = message.getForm() == null ? null : message.getForm().getId();
        List<Long> groupIds = new ArrayList<>();
        List<Long> institutionList = new ArrayList<>();
        List<Long> addressedUserGroups = new ArrayList<>();
        List<Long> accountIds = new ArrayList<>();
        for (Recipient recipient : message.recipients()) {
            if (recipient instanceof Recipient.InstitutionGroup group) {
                groupIds.add(group.groupId());
            } else if (recipient instanceof Recipient.Institution institution) {
                institutionList.add(institution.institutionId());
            } else if (recipient instanceof Recipient.UserGroup group) {
                addressedUserGroups.add(group.groupId());
            } else if (recipient instanceof Recipient.User user) {
                accountIds.add(user.accountId());
            }
        }
        people.reset(userGroups.people(accountIds));
        institutionGroupIds = groupIds.toArray(Long[]::new);
        institutionIds = institutionList.toArray(Long[]::new);
        userGroupIds = addressedUserGroups.toArray(Long[]::new);
    }

    public void upload(FileUploadEvent event) {
        attachments.upload(event, files);
    }

    public void uploadTemplate(FileUploadEvent event) {
        survey.upload(event, files, surveys);
    }

    public boolean isSurvey() {
        return replyExpected == ReplyExpected.SURVEY;
    }

    public boolean isForm() {
        return replyExpected == ReplyExpected.FORM;
    }

    public Long getFormId() {
        return formId;
    }

    public void setFormId(Long formId) {
        this.formId = formId;
    }

    public List<Form> getForms() {
        return forms;
    }

    public SurveyTemplateForm getSurveyForm() {
        return survey;
    }

    public List<String> completePeople(String text) {
        return people.propose(userGroups.findPeople(text, 15));
    }

    public String save() {
        return store(false);
    }

    public String submit() {
        return store(true);
    }

    private String store(boolean andSubmit) {
        MessageDraft draft = new MessageDraft(subject, body, priority, replyExpected, replyDeadline, askDirector,
                recipients(), attachments.getFiles(), survey.getTemplate(), survey.surveySheets(), formId);
        return Pages.call(() -> messages.save(id, version, draft, andSubmit)).map(saved -> {
            Feedback.info(andSubmit ? (saved.getStatus() == MessageStatus.SENT ? "messaging.sent" : "messaging.submitted")
                    : "messaging.draftSaved");
            Feedback.keepForRedirect();
            return "/messages/message?faces-redirect=true&id=" + saved.getId();
        }).orElse(null);
    }

    private List<Recipient> recipients() {
        List<Recipient> all = new ArrayList<>();
        Arrays.stream(institutionGroupIds).map(Recipient.InstitutionGroup::new).forEach(all::add);
        Arrays.stream(institutionIds).map(Recipient.Institution::new).forEach(all::add);
        Arrays.stream(userGroupIds).map(Recipient.UserGroup::new).forEach(all::add);
        people.accountIds().stream().map(Recipient.User::new).forEach(all::add);
        return all;
    }

    public List<Priority> getPriorities() {
        return List.of(Priority.values());
    }

    public List<ReplyExpected> getReplyKinds() {
        return List.of(ReplyExpected.values());
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public ReplyExpected getReplyExpected() {
        return replyExpected;
    }

    public void setReplyExpected(ReplyExpected replyExpected) {
        this.replyExpected = replyExpected;
    }

    public LocalDate getReplyDeadline() {
        return replyDeadline;
    }

    public void setReplyDeadline(LocalDate replyDeadline) {
        this.replyDeadline = replyDeadline;
    }

    public boolean isAskDirector() {
        return askDirector;
    }

    public void setAskDirector(boolean askDirector) {
        this.askDirector = askDirector;
    }

    public Long[] getInstitutionGroupIds() {
        return institutionGroupIds;
    }

    public void setInstitutionGroupIds(Long[] institutionGroupIds) {
        this.institutionGroupIds = institutionGroupIds;
    }

    public Long[] getInstitutionIds() {
        return institutionIds;
    }

    public void setInstitutionIds(Long[] institutionIds) {
        this.institutionIds = institutionIds;
    }

    public Long[] getUserGroupIds() {
        return userGroupIds;
    }

    public void setUserGroupIds(Long[] userGroupIds) {
        this.userGroupIds = userGroupIds;
    }

    public PeoplePicker getPeople() {
        return people;
    }

    public AttachmentList getAttachments() {
        return attachments;
    }

    public List<InstitutionGroup> getInstitutionGroups() {
        return institutionGroups;
    }

    public List<Institution> getInstitutions() {
        return institutions;
    }

    public List<UserGroup> getUserGroupList() {
        return userGroupList;
    }
}
