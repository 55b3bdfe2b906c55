package pl.opium.demo;

import net.datafaker.Faker;
import pl.opium.registry.Address;
import pl.opium.registry.District;
import pl.opium.registry.Institution;
import pl.opium.registry.InstitutionType;
import pl.opium.registry.Regon;

import java.util.List;
import java.util.Random;

/** Makes believable institutions: names with numbers and patrons, addresses in the city, valid REGONs. */
final class DemoInstitutions {

    private static final List<String> PATRONS = List.of("Mikołaja Kopernika", "Marii Skłodowskiej-Curie",
            "Adama Mickiewicza", "Juliusza Słowackiego", "Henryka Sienkiewicza", "Jana Brzechwy",
            "Janusza Korczaka", "Marii Konopnickiej", "Tadeusza Kościuszki", "Józefa Piłsudskiego",
            "Ignacego Jana Paderewskiego", "Fryderyka Chopina", "Wisławy Szymborskiej", "Kornela Makuszyńskiego",
            "Stefana Żeromskiego", "Bolesława Prusa", "Elizy Orzeszkowej", "Jana Pawła II", "Polskich Olimpijczyków",
            "Armii Krajowej");
    private static final int[] ROMAN_VALUES = {50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"L", "XL", "X", "IX", "V", "IV", "I"};
    private static final double CITY_LAT = 53.1235;
    private static final double CITY_LON = 18.0084;

    private final Faker faker;
    private final Random random;
    private final List<District> districts;
    private int rspo = 21000;

    DemoInstitutions(Faker faker, Random random, List<District> districts) {
        this.faker = faker;
        this.random = random;
        this.districts = districts;
    }

    /** High schools are numbered in Roman numerals (a large city has more than twelve). */
    static String roman(int number) {
        StringBuilder text = new StringBuilder();
        int rest = number;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            for (; rest >= ROMAN_VALUES[i]; rest -= ROMAN_VALUES[i]) {
                text.append(ROMAN_DIGITS[i]);
            }
        }
        return text.toString();
    }

    static String code(InstitutionType type, int number) {
        String prefix = switch (type) {
            case PRESCHOOL -> "p";
            case PRIMARY_SCHOOL -> "sp";
            case GENERAL_SECONDARY -> "lo";
            case TECHNICAL_SECONDARY -> "t";
            case VOCATIONAL -> "bs";
            case SPECIAL_SCHOOL -> "ss";
            case COUNSELLING_CENTRE -> "ppp";
            case YOUTH_CENTRE -> "mdk";
            case DORMITORY -> "b";
            case SCHOOL_COMPLEX -> "zs";
        };
        return prefix + String.format("%02d", number);
    }

    Institution create(InstitutionType type, int number) {
        String patron = PATRONS.get(random.nextInt(PATRONS.size()));
        String name = switch (type) {
            case PRESCHOOL -> "Przedszkole Miejskie nr " + number + (random.nextBoolean() ? "" : " „" + faker.animal().name() + "”");
            case PRIMARY_SCHOOL -> "Szkoła Podstawowa nr " + number + " im. " + patron;
            case GENERAL_SECONDARY -> roman(number) + " Liceum Ogólnokształcące im. " + patron;
            case TECHNICAL_SECONDARY -> "Technikum nr " + number + " im. " + patron;
            case VOCATIONAL -> "Branżowa Szkoła I Stopnia nr " + number;
            case SPECIAL_SCHOOL -> "Szkoła Podstawowa Specjalna nr " + (100 + number);
            case COUNSELLING_CENTRE -> "Poradnia Psychologiczno-Pedagogiczna nr " + number;
            case YOUTH_CENTRE -> "Młodzieżowy Dom Kultury nr " + number;
            case DORMITORY -> "Bursa Szkolna nr " + number;
            case SCHOOL_COMPLEX -> "Zespół Szkół nr " + number + " im. " + patron;
        };
        String shortName = switch (type) {
            case PRESCHOOL -> "P " + number;
            case PRIMARY_SCHOOL -> "SP " + number;
            case GENERAL_SECONDARY -> "LO " + roman(number);
            case TECHNICAL_SECONDARY -> "T " + number;
            case VOCATIONAL -> "BS " + number;
            case SPECIAL_SCHOOL -> "SPS " + (100 + number);
            case COUNSELLING_CENTRE -> "PPP " + number;
            case YOUTH_CENTRE -> "MDK " + number;
            case DORMITORY -> "BURSA " + number;
            case SCHOOL_COMPLEX -> "ZS " + number;
        };
        Institution institution = new Institution(name, shortName, type);
        institution.setRspoNumber(String.valueOf(rspo += 1 + random.nextInt(40)));
        institution.setRegon(Regon.complete9(String.format("%08d", 9_000_000 + random.nextInt(1_000_000))));
        institution.setAddress(new Address(street(), String.valueOf(1 + random.nextInt(120)),
                String.format("85-%03d", random.nextInt(900)), "Bydgoszcz",
                round(CITY_LAT + (random.nextDouble() - 0.5) * 0.12), round(CITY_LON + (random.nextDouble() - 0.5) * 0.2)));
        institution.setDistrict(districts.get(random.nextInt(districts.size())));
        institution.setPhone(String.format("52 %03d %02d %02d", 300 + random.nextInt(600), random.nextInt(100),
                random.nextInt(100)));
        institution.setEmail("sekretariat@" + code(type, number) + ".edu.example.pl");
        institution.setWebsite("https://" + code(type, number) + ".edu.example.pl");
        return institution;
    }

    /** Datafaker's Polish street names sometimes carry "ul." already. */
    private String street() {
        String name = faker.address().streetName();
        return name.startsWith("ul.") || name.startsWith("al.") || name.startsWith("pl.") ? name : "ul. " + name;
    }

    private static double round(double coordinate) {
        return Math.round(coordinate * 1_000_000d) / 1_000_000d;
    }
}
