package pl.opium.registry;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.opium.persistence.BaseEntity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A school, preschool or other educational institution run by the city. Institutions are never
 * deleted: messages, applications and recruitment history refer to them, so they are deactivated
 * and leave every automatic group and recipient list from then on.
 */
@Entity
@Cacheable
public class Institution extends BaseEntity {

    @NotBlank
    @Size(max = 300)
    private String name;

    @NotBlank
    @Size(max = 60)
    @Column(name = "short_name")
    private String shortName;

    @NotNull
    @Enumerated(EnumType.STRING)
    private InstitutionType type;

    @Column(name = "rspo_number")
    @Pattern(regexp = "|[1-9]\\d{0,9}", message = "{registry.rspo.invalid}")
    private String rspoNumber;

    @ValidRegon
    private String regon;

    @Valid
    @Embedded
    private Address address = new Address();

    @ManyToOne(fetch = FetchType.LAZY)
    private District district;

    @Size(max = 40)
    private String phone;

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 300)
    private String website;

    private boolean active = true;

    protected Institution() {
    }

    public Institution(String name, String shortName, InstitutionType type) {
        this.name = name;
        this.shortName = shortName;
        this.type = type;
    }

    /** A blank form for a new institution. */
    public static Institution blank() {
        return new Institution();
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public boolean isActive() {
        return active;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public InstitutionType getType() {
        return type;
    }

    public void setType(InstitutionType type) {
        this.type = type;
    }

    public String getRspoNumber() {
        return rspoNumber;
    }

    public void setRspoNumber(String rspoNumber) {
        this.rspoNumber = blankToNull(rspoNumber);
    }

    public String getRegon() {
        return regon;
    }

    public void setRegon(String regon) {
        this.regon = blankToNull(regon);
    }

    public Address getAddress() {
        return address;
    }

    public void setAddress(Address address) {
        this.address = address;
    }

    public District getDistrict() {
        return district;
    }

    public void setDistrict(District district) {
        this.district = district;
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
        this.email = blankToNull(email);
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    /** What matters about the record, field by field, for the audit log's account of an edit. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("shortName", shortName);
        fields.put("type", type == null ? null : type.name());
        fields.put("rspoNumber", rspoNumber);
        fields.put("regon", regon);
        fields.put("address", address == null ? null : address.getOneLine());
        fields.put("coordinates", address == null || address.getLatitude() == null ? null
                : address.getLatitude() + " " + address.getLongitude());
        fields.put("district", district == null ? null : district.getName());
        fields.put("phone", phone);
        fields.put("email", email);
        fields.put("website", website);
        return fields;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return shortName + " (" + (rspoNumber == null ? "bez RSPO" : "RSPO " + rspoNumber) + ")";
    }
}
