package pl.opium.forms;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.identity.Caller;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;
import pl.opium.identity.UserAccount;
import pl.opium.persistence.Conflicts;
import pl.opium.registry.Institution;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Forms in the server: the department stores definitions; an institution saves its answers to a form
 * in a context (what asked for it, e.g. {@code message:42}) as a draft and submits them, checked
 * against the form; whoever may follow the form's author's work reads all submitted answers and
 * exports them. Which institutions may answer in a context is the asking feature's decision.
 */
@Stateless
@PermitAll
public class FormService {

    private static final Pattern CONTEXT = Pattern.compile("[a-z]+:[0-9]+");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
    public Form create(FormDefinition definition) {
        Form form = new Form(definition, em.find(UserAccount.class, currentUser.caller().getAccountId()), Instant.now());
        em.persist(form);
        return form;
    }

    /**
     * The form for the caller's own use, e.g. in a message: the form itself when the caller built it,
     * otherwise the caller's copy of it, so that whoever follows the caller's work reads its answers.
     */
    @RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
    public Form ownCopy(long formId) {
        Form form = form(formId);
        if (form.getOwner().getId() == currentUser.caller().getAccountId()) {
            return form;
        }
        return create(form.definition());
    }

    /** Every stored form, newest first: forms are not secret, and a new one often starts from an old one. */
    @RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
    public List<Form> forms() {
        return em.createQuery("select f from Form f join fetch f.owner order by f.createdAt desc, f.id desc", Form.class)
                .setMaxResults(500)
                .getResultList();
    }

    /** A form's definition: not a secret, institutions read it to fill it in. */
    public FormDefinition definition(long formId) {
        return form(formId).definition();
    }

    /** The caller's institution's answers to the form in the context, or null before the first save. */
    public FormResponse myResponse(long formId, String context) {
        Caller caller = institutionCaller();
        return responseOf(form(formId), checked(context), caller.getInstitutionId());
    }

    /**
     * Saves the caller's institution's answers, as a draft or submitted. {@code version} is the
     * version of the answers the person loaded (null for the first save): of two people saving at
     * once, the second is told to look again. Answers that do not fit the form are refused whole.
     */
    public FormResponse save(long formId, String context, Long version, FormAnswers answers, boolean submit) {
        Caller caller = institutionCaller();
        Form form = form(formId);
        FormDefinition definition = form.definition();
        List<FormProblem> problems = FormCheck.check(definition, answers, submit);
        if (!problems.isEmpty()) {
            throw new FormAnswersRefused(problems);
        }
        FormResponse response = responseOf(form, checked(context), caller.getInstitutionId());
        Conflicts.requireSeen(response, version);
        boolean first = response == null;
        if (first) {
            response = new FormResponse(form, context, em.getReference(Institution.class, caller.getInstitutionId()));
        }
        response.save(definition, answers, submit, caller.getUsername(), Instant.now());
        if (first) {
            em.persist(response);
        }
        Conflicts.flush(em);
        return response;
    }

    /** Every submitted answer to the form in the context, by institution. */
    @RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
    public List<FormSubmission> submissions(long formId, String context) {
        Form form = followed(formId);
        FormDefinition definition = form.definition();
        return em.createQuery("""
                        select r from FormResponse r join fetch r.institution
                        where r.form = :form and r.context = :context and r.status = :submitted
                        order by r.institution.shortName""", FormResponse.class)
                .setParameter("form", form)
                .setParameter("context", checked(context))
                .setParameter("submitted", ResponseStatus.SUBMITTED)
                .getResultList().stream()
                .map(r -> new FormSubmission(r.getInstitution().getShortName(), r.getInstitution().getRspoNumber(),
                        r.getSubmittedAt(), r.answers(definition)))
                .toList();
    }

    /** The submitted answers as XLSX or CSV, one row per institution or, given a table, per table row. */
    @RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
    public void export(long formId, String context, String tableKey, boolean csv, OutputStream out) throws IOException {
        List<FormSubmission> submissions = submissions(formId, context);
        FormDefinition definition = definition(formId);
        if (csv) {
            FormExport.writeCsv(definition, submissions, tableKey, out);
        } else {
            FormExport.writeXlsx(definition, submissions, tableKey, out);
        }
    }

    private Form form(long formId) {
        Form form = em.find(Form.class, formId);
        if (form == null) {
            throw new OpiumException("forms.notFound", formId);
        }
        return form;
    }

    private Form followed(long formId) {
        Form form = form(formId);
        Caller caller = currentUser.caller();
        UserAccount owner = form.getOwner();
        if (owner.getUnit() == null || !caller.canFollowWorkOf(owner.getId(), owner.getUnit().getId())) {
            throw currentUser.refusal(caller, "Form " + formId);
        }
        return form;
    }

    private Caller institutionCaller() {
        Caller caller = currentUser.caller();
        if (caller.getInstitutionId() == null) {
            throw currentUser.refusal(caller, "Form answers outside an institution");
        }
        return caller;
    }

    private FormResponse responseOf(Form form, String context, long institutionId) {
        return em.createQuery("""
                        select r from FormResponse r
                        where r.form = :form and r.context = :context and r.institution.id = :institution""",
                        FormResponse.class)
                .setParameter("form", form)
                .setParameter("context", context)
                .setParameter("institution", institutionId)
                .getResultStream().findFirst().orElse(null);
    }

    private static String checked(String context) {
        if (context == null || !CONTEXT.matcher(context).matches()) {
            throw new OpiumException("forms.badContext", context);
        }
        return context;
    }
}
