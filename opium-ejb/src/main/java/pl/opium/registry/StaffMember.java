package pl.opium.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import pl.opium.persistence.BaseEntity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A contact person at an institution (director, accountant, secretary, …). A contact is not an
 * account: many have none; accounts live in {@code identity}.
 */
@Entity
public class StaffMember extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Institution institution;

    @NotBlank
    @Size(max = 100)
    @Column(name = "first_name")
    private String firstName;

    @NotBlank
    @Size(max = 100)
    @Column(name = "last_name")
    private String lastName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "staff_function")
    private StaffFunction function;

    @Size(max = 40)
    private String phone;

    @Email
    @Size(max = 200)
    private String email;

    private boolean active = true;

    protected StaffMember() {
    }

    public StaffMember(Institution institution, String firstName, String lastName, StaffFunction function) {
        this.institution = institution;
        this.firstName = firstName;
        this.lastName = lastName;
        this.function = function;
    }

    /** A blank form for a new contact of the institution. */
    public static StaffMember blankFor(Institution institution) {
        StaffMember member = new StaffMember();
        member.institution = institution;
        member.function = StaffFunction.TEACHER;
        return member;
    }

    /** What matters about the contact, for the audit log's account of an edit. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("firstName", firstName);
        fields.put("lastName", lastName);
        fields.put("function", function == null ? null : function.name());
        fields.put("phone", phone);
        fields.put("email", email);
        return fields;
    }

    public void deactivate() {
        this.active = false;
    }

    public boolean isActive() {
        return active;
    }

    public Institution getInstitution() {
        return institution;
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

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public StaffFunction getFunction() {
        return function;
    }

    public void setFunction(StaffFunction function) {
        this.function = function;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim();
    }
}
