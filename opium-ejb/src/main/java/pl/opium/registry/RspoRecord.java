package pl.opium.registry;

/** One institution as the RSPO export describes it, already checked. */
public record RspoRecord(String rspoNumber, String regon, InstitutionType type, String name, String street,
                         String buildingNumber, String postalCode, String city, String phone, String email,
                         String website, String directorFirstName, String directorLastName,
                         Double latitude, Double longitude) {
}
