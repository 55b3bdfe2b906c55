package pl.opium.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import pl.opium.persistence.Identified;

/** One address point of the city's register, located in WGS84. */
@Entity
@Table(name = "address_point")
public class AddressPoint extends Identified {

    private String city;

    private String street;

    private String number;

    @Column(name = "postal_code")
    private String postalCode;

    @Column(name = "lookup_key")
    private String lookupKey;

    private double latitude;

    private double longitude;

    protected AddressPoint() {
    }

    public AddressPoint(AddressPoints.Point point) {
        this.city = point.city();
        this.street = point.street();
        this.number = point.number();
        this.postalCode = point.postalCode();
        this.lookupKey = point.key();
        this.latitude = point.latitude();
        this.longitude = point.longitude();
    }

    public String getCity() {
        return city;
    }

    public String getStreet() {
        return street;
    }

    public String getNumber() {
        return number;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }
}
