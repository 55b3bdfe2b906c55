package pl.opium.portal;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import pl.opium.OpiumException;
import pl.opium.recruitment.application.ApplicationDraft;
import pl.opium.recruitment.application.ApplicationView;
import pl.opium.recruitment.application.Guardian;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.campaign.CampaignService.CatalogueEntry;
import pl.opium.recruitment.campaign.CampaignService.DeclarableCriterion;
import pl.opium.recruitment.campaign.CampaignService;
import pl.opium.recruitment.campaign.Level;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Unit;
import pl.opium.registry.Address;
import pl.opium.registry.District;
import pl.opium.registry.RegistryService;
import pl.opium.web.Feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The application form: the candidate, the guardians, the address, the ordered preferences and the
 * declared criteria, then the documents for them. Saving keeps a draft; the parent submits it when
 * it is complete. Every refusal of the service is shown in Polish and the form keeps what was typed.
 */
@Named
@ViewScoped
public class ApplicationFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Parents parents;

    @EJB(lookup = Ear.CAMPAIGNS)
    private CampaignService campaigns;

    @EJB(lookup = Ear.REGISTRY)
    private RegistryService registry;

    private Long campaignId;
    private Long id;
    private long version;
    private String status;
    private boolean editable = true;

    private String pesel;
    private String firstName;
    private String lastName;
    private LocalDate birthDate;
    private Address address = new Address();
    private Long districtId;
    private final GuardianForm first = new GuardianForm();
    private final GuardianForm second = new GuardianForm();
    private List<Long> preferences = new ArrayList<>();
    private List<String> declared = new ArrayList<>();
    private List<String> documents = List.of();
    private boolean secondary;
    private SecondaryForm results = new SecondaryForm();

    private String criterion;
    private transient Part file;

    private String campaignName;
    private List<CatalogueEntry> units = List.of();
    private List<DeclarableCriterion> criteria = List.of();
    private List<District> districts = List.of();

    /** Opens the form: a new application in {@code ?campaign=}, or the parent's own {@code ?id=}. */
    public void open() {
        if (id != null) {
            ApplicationView view;
            try {
                view = parents.portal().application(id);
            } catch (RuntimeException e) {
                refuse(e);
                editable = false;
                return;
            }
            load(view.getApplication());
        }
        if (campaignId == null) {
            // nothing named (a sign-in that came back without the address's query): the parent's list
            editable = false;
            FacesContext.getCurrentInstance().getApplication().getNavigationHandler().handleNavigation(
                    FacesContext.getCurrentInstance(), null, "/parent/applications.xhtml?faces-redirect=true");
            return;
        }
        RecruitmentCampaign campaign;
        try {
            campaign = campaigns.campaign(campaignId);
        } catch (RuntimeException e) {
            refuse(e);
            editable = false;
            return;
        }
        campaignName = campaign.getName();
        secondary = campaign.getLevel() == Level.SECONDARY;
        units = campaigns.catalogue(campaignId);
        criteria = campaigns.declarable(campaignId);
        districts = registry.districts();
        while (preferences.size() < campaign.getMaxPreferences()) {
            preferences.add(null);
        }
    }

    private void load(RecruitmentApplication application) {
        campaignId = application.getCampaign().getId();
        version = application.getVersion();
        status = application.getStatus().name();
        editable = application.getStatus() == pl.opium.recruitment.application.ApplicationStatus.DRAFT;
        pesel = application.getPesel();
        firstName = application.getFirstName();
        lastName = application.getLastName();
        birthDate = application.getBirthDate();
        Address saved = application.getAddress();
        address = new Address(saved.getStreet(), saved.getBuildingNumber(), saved.getPostalCode(), saved.getCity(),
                null, null);
        districtId = application.getDistrict() == null ? null : application.getDistrict().getId();
        List<Guardian> guardians = application.getGuardians();
        if (!guardians.isEmpty()) {
            first.from(guardians.get(0));
        }
        if (guardians.size() > 1) {
            second.from(guardians.get(1));
        }
        preferences = new ArrayList<>(application.getPreferences().stream().map(Unit::getId).toList());
        declared = new ArrayList<>(application.getDeclarations().stream().map(d -> d.getCriterion()).toList());
        if (application.secondaryResults() != null) {
            results.from(application.secondaryResults());
        }
        documents = application.getDocuments().stream()
                .map(d -> d.getCriterion() + ": " + d.getFile().getFileName()).toList();
    }

    /** Saves the draft; the first save creates the application and moves the address bar to its id. */
    public String save() {
        try {
            ApplicationDraft draft = draft();
            RecruitmentApplication saved = id == null
                    ? parents.portal().create(campaignId, draft)
                    : parents.portal().update(id, version, draft);
            Feedback.info("portal.application.saved");
            Feedback.keepForRedirect();
            return "/parent/application.xhtml?faces-redirect=true&id=" + saved.getId();
        } catch (RuntimeException e) {
            refuse(e);
            return null;
        }
    }

    /** Adds a document to a declared criterion (a PDF or a photograph, judged by its content). */
    public String attach() {
        if (id == null || file == null || file.getSize() == 0 || criterion == null) {
            Feedback.error("portal.application.chooseFile");
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            var documents = parents.portal().attach(id, version, criterion, in, fileName(file)).getDocuments();
            Feedback.info("portal.application.attached", documents.get(documents.size() - 1).getFile().getFileName());
            Feedback.keepForRedirect();
            return "/parent/application.xhtml?faces-redirect=true&id=" + id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            refuse(e);
            return null;
        }
    }

    public String submit() {
        try {
            parents.portal().submit(id, version);
            Feedback.info("portal.application.submitted");
            Feedback.keepForRedirect();
            return "/parent/applications.xhtml?faces-redirect=true";
        } catch (RuntimeException e) {
            refuse(e);
            return null;
        }
    }

    private ApplicationDraft draft() {
        List<Guardian> guardians = new ArrayList<>();
        if (!first.isEmpty()) {
            guardians.add(first.toGuardian());
        }
        if (!second.isEmpty()) {
            guardians.add(second.toGuardian());
        }
        List<Long> chosen = preferences.stream().filter(Objects::nonNull).toList();
        return new ApplicationDraft(trim(pesel), trim(firstName), trim(lastName), birthDate,
                new Address(trim(address.getStreet()), trim(address.getBuildingNumber()), trim(address.getPostalCode()),
                        trim(address.getCity()), null, null),
                districtId, guardians, chosen, new HashSet<>(declared), secondary ? results.toResults() : null);
    }

    private static String fileName(Part part) {
        String name = part.getSubmittedFileName();
        return name == null || name.isBlank() ? "dokument" : name.replaceAll(".*[\\\\/]", "");
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }

    private static void refuse(RuntimeException e) {
        OpiumException refusal = Feedback.refusalIn(e);
        if (refusal == null) {
            throw e;
        }
        Feedback.refused(refusal);
    }

    /** One guardian's four fields; left empty, the second guardian is not given. */
    public static class GuardianForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String firstName;
        private String lastName;
        private String email;
        private String phone;

        boolean isEmpty() {
            return isBlank(firstName) && isBlank(lastName) && isBlank(email) && isBlank(phone);
        }

        Guardian toGuardian() {
            return new Guardian(trim(firstName), trim(lastName), isBlank(email) ? null : email.trim(),
                    isBlank(phone) ? null : phone.trim());
        }

        void from(Guardian guardian) {
            firstName = guardian.getFirstName();
            lastName = guardian.getLastName();
            email = guardian.getEmail();
            phone = guardian.getPhone();
        }

        private static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }

        public String getFirstName() {
            return firstName;
        }

        public void setFirstName(String firstName) {
            this.firstName = firstName;
        }

        public String getLastName() {
            return lastName;
        }

        public void setLastName(String lastName) {
            this.lastName = lastName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }
    }

    /** Whether the campaign is for secondary schools: the form then asks for the exam and the grades. */
    public boolean isSecondary() {
        return secondary;
    }

    public SecondaryForm getResults() {
        return results;
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isEditable() {
        return editable;
    }

    public String getStatus() {
        return status;
    }

    public String getCampaignName() {
        return campaignName;
    }

    public List<CatalogueEntry> getUnits() {
        return units;
    }

    public List<DeclarableCriterion> getCriteria() {
        return criteria;
    }

    /** The declared criteria, for the document's select. */
    public List<DeclarableCriterion> getDeclaredCriteria() {
        return criteria.stream().filter(c -> declared.contains(c.code())).toList();
    }

    public List<District> getDistricts() {
        return districts;
    }

    public List<String> getDocuments() {
        return documents;
    }

    /** Slot numbers 0..max-1 for the preference selects. */
    public List<Integer> getSlots() {
        return java.util.stream.IntStream.range(0, preferences.size()).boxed().toList();
    }

    public List<Long> getPreferences() {
        return preferences;
    }

    public GuardianForm getFirst() {
        return first;
    }

    public GuardianForm getSecond() {
        return second;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getPesel() {
        return pesel;
    }

    public void setPesel(String pesel) {
        this.pesel = pesel;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    /** Where the candidate lives, as typed (located in the city's address points on saving). */
    public Address getAddress() {
        return address;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public List<String> getDeclared() {
        return declared;
    }

    public void setDeclared(List<String> declared) {
        this.declared = declared;
    }

    public String getCriterion() {
        return criterion;
    }

    public void setCriterion(String criterion) {
        this.criterion = criterion;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
