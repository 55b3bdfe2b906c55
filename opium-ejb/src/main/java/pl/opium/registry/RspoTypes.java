package pl.opium.registry;

import java.util.Locale;

/**
 * Maps the type names of the RSPO register ("Szkoła podstawowa", "Przedszkole", "Bursa", …) to
 * OPIUM's institution types. Special schools of any level count as special schools, since the
 * department handles them together.
 */
final class RspoTypes {

    private RspoTypes() {
    }

    static InstitutionType fromRspoName(String rspoType) {
        if (rspoType == null) {
            return null;
        }
        String type = rspoType.toLowerCase(Locale.forLanguageTag("pl"));
        if (type.contains("specjaln")) {
            return InstitutionType.SPECIAL_SCHOOL;
        }
        if (type.startsWith("zespół") || type.startsWith("zespol")) {
            return InstitutionType.SCHOOL_COMPLEX;
        }
        if (type.startsWith("przedszkole") || type.startsWith("punkt przedszkolny")
                || type.startsWith("zespół wychowania przedszkolnego")) {
            return InstitutionType.PRESCHOOL;
        }
        if (type.startsWith("szkoła podstawowa")) {
            return InstitutionType.PRIMARY_SCHOOL;
        }
        if (type.startsWith("liceum ogólnokształcące")) {
            return InstitutionType.GENERAL_SECONDARY;
        }
        if (type.startsWith("technikum")) {
            return InstitutionType.TECHNICAL_SECONDARY;
        }
        if (type.startsWith("branżowa szkoła")) {
            return InstitutionType.VOCATIONAL;
        }
        if (type.startsWith("poradnia")) {
            return InstitutionType.COUNSELLING_CENTRE;
        }
        if (type.contains("dom kultury") || type.contains("pozaszkoln") || type.startsWith("ognisko")
                || type.startsWith("pałac młodzieży")) {
            return InstitutionType.YOUTH_CENTRE;
        }
        if (type.startsWith("bursa") || type.startsWith("internat")) {
            return InstitutionType.DORMITORY;
        }
        return null;
    }

    /** Prefix of the derived short name: "SP 12", "P 3", "LO IV". */
    static String abbreviation(InstitutionType type) {
        return switch (type) {
            case PRESCHOOL -> "P";
            case PRIMARY_SCHOOL -> "SP";
            case GENERAL_SECONDARY -> "LO";
            case TECHNICAL_SECONDARY -> "T";
            case VOCATIONAL -> "BS";
            case SPECIAL_SCHOOL -> "SS";
            case COUNSELLING_CENTRE -> "PPP";
            case YOUTH_CENTRE -> "MDK";
            case DORMITORY -> "B";
            case SCHOOL_COMPLEX -> "ZS";
        };
    }

    /**
     * A short name for lists and file names: the type's abbreviation and the number in the name
     * ("nr 12", or a Roman numeral in front, as in "XV Liceum"), else the abbreviation and the
     * start of the name.
     */
    static String shortName(InstitutionType type, String name) {
        String prefix = abbreviation(type);
        var number = java.util.regex.Pattern.compile("\\bnr\\s*(\\d+)", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(name);
        if (number.find()) {
            return prefix + " " + number.group(1);
        }
        var roman = java.util.regex.Pattern.compile("^([IVXLC]+)\\s").matcher(name);
        if (roman.find()) {
            return prefix + " " + roman.group(1);
        }
        String start = name.length() > 40 ? name.substring(0, 40).trim() : name;
        return prefix + " " + start;
    }
}
