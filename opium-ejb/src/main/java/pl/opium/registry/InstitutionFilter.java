package pl.opium.registry;

import java.io.Serializable;

/** What the institution list is filtered and sorted by. Null fields do not filter. */
public record InstitutionFilter(String text, InstitutionType type, Long districtId, Boolean active,
                                String sortField, boolean ascending) implements Serializable {

    public static InstitutionFilter all() {
        return new InstitutionFilter(null, null, null, null, null, true);
    }

    /** The entity attribute to sort by; anything unknown falls back to the short name. */
    String orderBy() {
        String field = switch (sortField == null ? "" : sortField) {
            case "name" -> "i.name";
            case "type" -> "i.type";
            case "rspoNumber" -> "i.rspoNumber";
            case "district" -> "d.name";
            case "city" -> "i.address.city";
            default -> "i.shortName";
        };
        return field + (ascending ? " asc" : " desc") + ", i.id";
    }
}
