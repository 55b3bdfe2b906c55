package pl.opium.recruitment.application;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import pl.opium.OpiumException;
import pl.opium.persistence.BaseEntity;
import pl.opium.recruitment.campaign.Level;
import pl.opium.recruitment.campaign.OfferStatus;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.Unit;
import pl.opium.registry.Address;
import pl.opium.registry.District;
import pl.opium.registry.Pesel;
import pl.opium.workflow.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parent's application for one child in one round: the candidate, the guardians, the ordered
 * preferences, the declared criteria with their documents, and what became of it. The parent who
 * filed it ({@code ownerLogin}, the name their sign-in gives) is the only parent who sees it.
 */
@Entity
public class RecruitmentApplication extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    private RecruitmentCampaign campaign;

    @Enumerated(EnumType.STRING)
    private Round round;

    @Column(name = "owner_login")
    private String ownerLogin;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    private String pesel;

    /** The PESEL while the application is live: the database keeps one live application per child and round. */
    @Column(name = "live_pesel")
    private String livePesel;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Embedded
    private Address address = new Address();

    @ManyToOne(fetch = FetchType.LAZY)
    private District district;

    @ElementCollection
    @CollectionTable(name = "application_guardian", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<Guardian> guardians = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "application_preference", joinColumns = @JoinColumn(name = "application_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    private List<Unit> preferences = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_declaration", joinColumns = @JoinColumn(name = "application_id"))
    private Set<Declaration> declarations = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "application_document", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<SupportingDocument> documents = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "documents_requested")
    private String documentsRequested;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "qualified_unit_id")
    private Unit qualifiedUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "admitted_unit_id")
    private Unit admittedUnit;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "retained_because")
    private String retainedBecause;

    /** Siblings the parent asked to be placed together share this (the lowest of their ids); null alone. */
    @Column(name = "sibling_group")
    private Long siblingGroup;

    @Column(name = "exam_polish")
    private Integer examPolish;

    @Column(name = "exam_maths")
    private Integer examMaths;

    @Column(name = "exam_language")
    private Integer examLanguage;

    private int achievements;

    @ElementCollection
    @CollectionTable(name = "application_grade", joinColumns = @JoinColumn(name = "application_id"))
    @MapKeyColumn(name = "subject")
    @Column(name = "grade")
    private Map<String, Integer> grades = new HashMap<>();

    /** What stays of a purged application: its place in the statistics, not the person. */
    public static final String PURGED = "—";
    /** The column's width. */
    private static final int REASON_LENGTH = 1000;

    protected RecruitmentApplication() {
    }

    public RecruitmentApplication(RecruitmentCampaign campaign, Round round, String ownerLogin) {
        this.campaign = campaign;
        this.round = round;
        this.ownerLogin = ownerLogin;
        this.createdAt = Instant.now();
    }

    /** Fills in what the parent typed; checked here so that every way in refuses the same things. */
    public void fill(ApplicationDraft draft, List<Unit> preferredUnits, District candidateDistrict) {
        if (status != ApplicationStatus.DRAFT && status != ApplicationStatus.SUBMITTED) {
            throw new OpiumException("recruitment.application.notEditable");
        }
        String number = draft.pesel() == null ? "" : draft.pesel().trim();
        if (!Pesel.isValid(number)) {
            throw new OpiumException("recruitment.application.pesel");
        }
        if (draft.birthDate() == null || !Pesel.birthDate(number).orElseThrow().equals(draft.birthDate())) {
            throw new OpiumException("recruitment.application.birthDate");
        }
        if (!campaign.getLevel().admitsBirth(draft.birthDate(), campaign.startYear())) {
            throw new OpiumException("recruitment.application.age");
        }
        if (blank(draft.firstName()) || blank(draft.lastName())) {
            throw new OpiumException("recruitment.application.nameNeeded");
        }
        if (draft.guardians().isEmpty()) {
            throw new OpiumException("recruitment.application.guardianNeeded");
        }
        checkPreferences(preferredUnits);
        Set<String> known = new HashSet<>(Priorities.declarable(campaign));
        for (String criterion : draft.declared()) {
            if (!known.contains(criterion)) {
                throw new OpiumException("recruitment.application.unknownCriterion", criterion);
            }
        }
        boolean secondary = campaign.getLevel() == Level.SECONDARY;
        if (secondary == (draft.results() == null)) {
            throw new OpiumException(secondary ? "recruitment.secondary.resultsNeeded" : "recruitment.secondary.notHere");
        }
        grades.clear();
        if (secondary) {
            SecondaryResults results = draft.results();
            examPolish = results.examPolish();
            examMaths = results.examMaths();
            examLanguage = results.examLanguage();
            achievements = results.achievements();
            grades.putAll(results.grades());
        }
        this.pesel = number;
        holdLivePesel();
        this.firstName = draft.firstName().trim();
        this.lastName = draft.lastName().trim();
        this.birthDate = draft.birthDate();
        this.address = draft.address() == null ? new Address() : draft.address();
        this.district = candidateDistrict;
        this.guardians.clear();
        this.guardians.addAll(draft.guardians());
        this.preferences.clear();
        this.preferences.addAll(preferredUnits);
        declarations.removeIf(d -> !draft.declared().contains(d.getCriterion()));
        for (String criterion : draft.declared()) {
            if (declaration(criterion).isEmpty()) {
                declarations.add(new Declaration(criterion));
            }
        }
        documents.removeIf(d -> !draft.declared().contains(d.getCriterion()));
    }

    private void checkPreferences(List<Unit> units) {
        if (units.isEmpty()) {
            throw new OpiumException("recruitment.application.noPreferences");
        }
        if (units.size() > campaign.getMaxPreferences()) {
            throw new OpiumException("recruitment.application.tooManyPreferences", campaign.getMaxPreferences());
        }
        if (new HashSet<>(units).size() != units.size()) {
            throw new OpiumException("recruitment.application.preferenceTwice");
        }
        for (Unit unit : units) {
            if (!unit.getOffer().getCampaign().equals(campaign) || unit.getOffer().getStatus() != OfferStatus.APPROVED) {
                throw new OpiumException("recruitment.application.unitNotOffered", unit.getName());
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public void attach(SupportingDocument document) {
        if (declaration(document.getCriterion()).isEmpty()) {
            throw new OpiumException("recruitment.application.documentWithoutDeclaration");
        }
        documents.add(document);
    }

    /**
     * Only a submitted application holds the child's one live application in the round: a draft
     * reserves nothing, so nobody can block another family's child by typing its PESEL.
     */
    private void holdLivePesel() {
        livePesel = status == ApplicationStatus.DRAFT || status == ApplicationStatus.WITHDRAWN ? null : pesel;
    }

    /** The institution's verdicts on the declarations, criterion → (confirmed, reason); a rejection needs a reason. */
    public void verify(Map<String, Boolean> verdicts, Map<String, String> reasons, String verifier) {
        for (Declaration declaration : declarations) {
            Boolean confirmed = verdicts.get(declaration.getCriterion());
            if (confirmed == null) {
                throw new OpiumException("recruitment.verification.undecided", declaration.getCriterion());
            }
            String reason = reasons.get(declaration.getCriterion());
            if (!confirmed && blank(reason)) {
                throw new OpiumException("recruitment.verification.reasonNeeded", declaration.getCriterion());
            }
            declaration.judge(confirmed, reason);
        }
        this.verifiedBy = verifier;
        this.verifiedAt = Instant.now();
        this.documentsRequested = null;
    }

    public void requestDocuments(String what) {
        if (blank(what)) {
            throw new OpiumException("recruitment.verification.sayWhatDocuments");
        }
        this.documentsRequested = what.trim();
    }

    /** Moves the application on; returns the state it left. */
    public ApplicationStatus perform(ApplicationAction action, Actor actor) {
        ApplicationStatus left = status;
        status = ApplicationFlow.WORKFLOW.apply(status, action, this, actor).to();
        holdLivePesel();
        if (action == ApplicationAction.SUBMIT) {
            submittedAt = Instant.now();
        } else if (action == ApplicationAction.CONFIRM) {
            confirmedAt = Instant.now();
        } else if (action == ApplicationAction.ADMIT) {
            admittedUnit = qualifiedUnit;
        }
        return left;
    }

    /** The department's placement (a proposal confirmed, an appeal upheld): admitted to this unit. */
    public ApplicationStatus place(Unit unit, Actor actor) {
        ApplicationStatus left = perform(ApplicationAction.PLACE, actor);
        admittedUnit = unit;
        return left;
    }

    /** An upheld appeal moves an admitted candidate to the unit they preferred. */
    public void moveTo(Unit unit) {
        if (status != ApplicationStatus.ADMITTED) {
            throw new OpiumException("recruitment.application.notAdmitted");
        }
        admittedUnit = unit;
    }

    /** Kept past the retention period, e.g. while a complaint to the administrative court is pending. */
    public void retain(String because) {
        if (blank(because)) {
            throw new OpiumException("recruitment.purge.reasonNeeded");
        }
        if (isPurged()) {
            throw new OpiumException("recruitment.purge.alreadyPurged");
        }
        if (because.strip().length() > REASON_LENGTH) {
            throw new OpiumException("recruitment.purge.reasonTooLong", REASON_LENGTH);
        }
        this.retainedBecause = because.trim();
    }

    public void release() {
        this.retainedBecause = null;
    }

    public boolean isPurged() {
        return PURGED.equals(lastName);
    }

    /**
     * Removes the personal data (art. 160): names, PESEL, address, guardians, documents, the parent's
     * login. What is left — status, preferences, criteria confirmed — still counts in statistics.
     */
    public void purge() {
        pesel = "";
        livePesel = null;
        firstName = PURGED;
        lastName = PURGED;
        birthDate = birthDate.withDayOfYear(1);
        address = new Address();
        district = null;
        ownerLogin = PURGED;
        guardians.clear();
        documents.clear();
        declarations.forEach(Declaration::forgetReason);
        grades.clear();
        examPolish = null;
        examMaths = null;
        examLanguage = null;
        documentsRequested = null;
    }

    /** The result of the latest final assignment run: the unit the candidate qualified for, or none. */
    public void qualify(Unit unit) {
        this.qualifiedUnit = unit;
    }

    public Optional<Declaration> declaration(String criterion) {
        return declarations.stream().filter(d -> d.getCriterion().equals(criterion)).findFirst();
    }

    public Set<String> confirmedCriteria() {
        Set<String> confirmed = new HashSet<>();
        declarations.stream().filter(Declaration::isConfirmed).forEach(d -> confirmed.add(d.getCriterion()));
        return confirmed;
    }

    /** The institution of the first preference verifies the application. */
    public Unit firstPreference() {
        return preferences.get(0);
    }

    public boolean isOwnedBy(String login) {
        return ownerLogin.equals(login);
    }

    public String getFullName() {
        return lastName + " " + firstName;
    }

    public RecruitmentCampaign getCampaign() {
        return campaign;
    }

    public Round getRound() {
        return round;
    }

    public String getOwnerLogin() {
        return ownerLogin;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getPesel() {
        return pesel;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    /** Never null: Hibernate gives an embedded address with every column empty (a purged one) as null. */
    public Address getAddress() {
        if (address == null) {
            address = new Address();
        }
        return address;
    }

    public District getDistrict() {
        return district;
    }

    public List<Guardian> getGuardians() {
        return guardians;
    }

    public List<Unit> getPreferences() {
        return preferences;
    }

    public Set<Declaration> getDeclarations() {
        return declarations;
    }

    public List<SupportingDocument> getDocuments() {
        return documents;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDocumentsRequested() {
        return documentsRequested;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Unit getQualifiedUnit() {
        return qualifiedUnit;
    }

    public Unit getAdmittedUnit() {
        return admittedUnit;
    }

    /** The exam, grades and achievements of a secondary application; null elsewhere. */
    public SecondaryResults secondaryResults() {
        return campaign.getLevel() != Level.SECONDARY || grades.isEmpty() ? null
                : new SecondaryResults(examPolish, examMaths, examLanguage, grades, achievements);
    }

    public Long getSiblingGroup() {
        return siblingGroup;
    }

    void joinSiblings(Long group) {
        this.siblingGroup = group;
    }

    public String getRetainedBecause() {
        return retainedBecause;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
