package pl.opium.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** Postal address of an institution with its coordinates (WGS 84), used for maps and distances. */
@Embeddable
public class Address implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 200)
    private String street;

    @Column(name = "building_number")
    @Size(max = 20)
    private String buildingNumber;

    @Column(name = "postal_code")
    @Pattern(regexp = "\\d{2}-\\d{3}", message = "{registry.postalCode.invalid}")
    private String postalCode;

    @Size(max = 100)
    private String city;

    private Double latitude;
    private Double longitude;

    public Address() {
    }

    public Address(String street, String buildingNumber, String postalCode, String city,
                   Double latitude, Double longitude) {
        this.street = street;
        this.buildingNumber = buildingNumber;
        this.postalCode = postalCode;
        this.city = city;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getBuildingNumber() {
        return buildingNumber;
    }

    public void setBuildingNumber(String buildingNumber) {
        this.buildingNumber = buildingNumber;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    /** One line for lists and letters: "ul. Długa 5, 85-001 Bydgoszcz". */
    public String getOneLine() {
        StringBuilder line = new StringBuilder();
        if (street != null && !street.isBlank()) {
            line.append(street);
            if (buildingNumber != null && !buildingNumber.isBlank()) {
                line.append(' ').append(buildingNumber);
            }
        }
        if (city != null && !city.isBlank()) {
            if (line.length() > 0) {
                line.append(", ");
            }
            if (postalCode != null) {
                line.append(postalCode).append(' ');
            }
            line.append(city);
        }
        return line.toString();
    }
}
