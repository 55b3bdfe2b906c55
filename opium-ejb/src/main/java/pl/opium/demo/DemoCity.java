package pl.opium.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import net.datafaker.Faker;
import pl.opium.identity.PasswordHasher;
import pl.opium.identity.Role;
import pl.opium.identity.UserAccount;
import pl.opium.registry.DepartmentUnit;
import pl.opium.registry.District;
import pl.opium.registry.Institution;
import pl.opium.registry.InstitutionType;
import pl.opium.registry.StaffFunction;
import pl.opium.registry.StaffMember;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Creates a realistic demo city on first start: 8 districts, 120 institutions of every type with
 * staff contacts and three accounts each (director, accountant, secretary), the department's units
 * with heads and officers, the department director, a committee member and an administrator.
 * Seeded, so every demo city is the same and the README's logins always work.
 */
@Singleton
@Startup
public class DemoCity {

    /** The system property that allows the demo city; absent in production. */
    public static final String ENABLED_PROPERTY = "opium.demo";
    /**
     * {@code large}: a city of 320 institutions with 12 accounts each (about 3,900 people), the
     * scale the delivery benchmark and the crash test run at. Anything else: the 120-institution city.
     */
    public static final String SIZE_PROPERTY = "opium.demo.size";
    private static final int LARGE_CITY = 320;
    private static final int LARGE_EXTRA_STAFF = 9;
    private static final int DEMO_PARENTS = 5;
    /** Password of every demo account. */
    public static final String DEMO_PASSWORD = "opium2026";

    private static final Logger LOG = Logger.getLogger(DemoCity.class.getName());

    private static final List<String> DISTRICTS = List.of("Śródmieście", "Fordon", "Błonie", "Szwederowo",
            "Wyżyny", "Kapuściska", "Bartodzieje", "Górzyskowo");

    private static final Map<InstitutionType, Integer> COUNTS = new EnumMap<>(Map.of(
            InstitutionType.PRESCHOOL, 42, InstitutionType.PRIMARY_SCHOOL, 36,
            InstitutionType.GENERAL_SECONDARY, 10, InstitutionType.TECHNICAL_SECONDARY, 7,
            InstitutionType.VOCATIONAL, 5, InstitutionType.SPECIAL_SCHOOL, 5,
            InstitutionType.COUNSELLING_CENTRE, 4, InstitutionType.YOUTH_CENTRE, 3,
            InstitutionType.DORMITORY, 3, InstitutionType.SCHOOL_COMPLEX, 5));

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DemoStory story;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void createIfWanted() {
        if (!Boolean.getBoolean(ENABLED_PROPERTY)) {
            return;
        }
        long institutions = em.createQuery("select count(i) from Institution i", Long.class).getSingleResult();
        long accounts = em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
        if (institutions > 0 || accounts > 0) {
            LOG.info("Database is not empty: the demo city is not created");
            announce();
            return;
        }
        long start = System.nanoTime();
        Random random = new Random(2026);
        Faker faker = new Faker(Locale.forLanguageTag("pl-PL"), random);
        String hash = PasswordHasher.hashForDemo(DEMO_PASSWORD.toCharArray());
        List<District> districts = DISTRICTS.stream().map(District::new).peek(em::persist).toList();
        DemoInstitutions institutionFactory = new DemoInstitutions(faker, random, districts);
        int accountCount = createDepartment(faker, hash);
        int institutionCount = 0;
        boolean large = "large".equals(System.getProperty(SIZE_PROPERTY));
        Map<InstitutionType, Integer> counts = large ? scaled(LARGE_CITY) : COUNTS;
        for (InstitutionType type : InstitutionType.values()) {
            for (int number = 1; number <= counts.get(type); number++) {
                Institution institution = institutionFactory.create(type, number);
                em.persist(institution);
                String code = DemoInstitutions.code(type, number);
                accountCount += createInstitutionPeople(faker, institution, code, hash);
                if (large) {
                    accountCount += createTeachers(faker, institution, code, hash);
                }
                institutionCount++;
            }
        }
        accountCount += createParents(faker, hash);
        LOG.info(String.format("Demo city created: %d institutions, %d accounts in %d ms", institutionCount,
                accountCount, (System.nanoTime() - start) / 1_000_000));
        story.tellAfterCommit();
        announce();
    }

    /** Tells whoever started the server where to go and how to log in. */
    private static void announce() {
        LOG.info("OPIUM demo: open http://localhost:8080/opium/ and log in as pracownik.prz (or admin, "
                + "kierownik.prz, dyrektor.wydzialu, p05.dyrektor, sp01.dyrektor) with the password " + DEMO_PASSWORD);
    }

    private int createInstitutionPeople(Faker faker, Institution institution, String code, String hash) {
        record Person(String suffix, StaffFunction function, Role role) {
        }
        List<Person> people = List.of(new Person("dyrektor", StaffFunction.DIRECTOR, Role.INSTITUTION_DIRECTOR),
                new Person("ksiegowy", StaffFunction.ACCOUNTANT, Role.INSTITUTION_ACCOUNTANT),
                new Person("sekretariat", StaffFunction.SECRETARY, Role.INSTITUTION_STAFF));
        for (Person person : people) {
            String first = faker.name().firstName();
            String last = faker.name().lastName();
            String domain = code + ".edu.example.pl";
            StaffMember contact = new StaffMember(institution, first, last, person.function());
            contact.setEmail(person.suffix() + "@" + domain);
            contact.setPhone(institution.getPhone());
            em.persist(contact);
            UserAccount account = UserAccount.ofInstitution(code + "." + person.suffix(), first, last, institution,
                    Set.of(person.role()));
            account.setEmail(person.suffix() + "@" + domain);
            account.useHashedPassword(hash);
            em.persist(account);
        }
        return people.size();
    }

    /** The same mix of types, scaled to {@code total} institutions (the rounding goes to preschools). */
    private static Map<InstitutionType, Integer> scaled(int total) {
        int base = COUNTS.values().stream().mapToInt(Integer::intValue).sum();
        Map<InstitutionType, Integer> counts = new EnumMap<>(InstitutionType.class);
        COUNTS.forEach((type, count) -> counts.put(type, count * total / base));
        int missing = total - counts.values().stream().mapToInt(Integer::intValue).sum();
        counts.merge(InstitutionType.PRESCHOOL, missing, Integer::sum);
        return counts;
    }

    /** Teachers with accounts, as a large school has: they receive what is sent to their institution. */
    private int createTeachers(Faker faker, Institution institution, String code, String hash) {
        for (int n = 1; n <= LARGE_EXTRA_STAFF; n++) {
            UserAccount account = UserAccount.ofInstitution(code + ".nauczyciel" + n, faker.name().firstName(),
                    faker.name().lastName(), institution, Set.of(Role.INSTITUTION_STAFF));
            account.setEmail("nauczyciel" + n + "@" + code + ".edu.example.pl");
            account.useHashedPassword(hash);
            em.persist(account);
        }
        return LARGE_EXTRA_STAFF;
    }

    /** Department units whose people run recruitment and hold {@link Role#RECRUITMENT_OFFICER}. */
    private static final Set<String> RECRUITING_UNITS = Set.of("PRZ", "SP", "SPP");

    private int createDepartment(Faker faker, String hash) {
        record UnitSpec(String code, String name, boolean directorApproval, String login) {
        }
        List<UnitSpec> specs = List.of(
                new UnitSpec("PRZ", "Referat Przedszkoli", false, "prz"),
                new UnitSpec("SP", "Referat Szkół Podstawowych", false, "sp"),
                new UnitSpec("SPP", "Referat Szkół Ponadpodstawowych", false, "spp"),
                new UnitSpec("FIN", "Referat Finansowy", true, "fin"),
                new UnitSpec("INW", "Referat Inwestycji i Remontów", true, "inw"),
                new UnitSpec("KAD", "Referat Kadr i Organizacji", false, "kad"));
        int count = 0;
        for (UnitSpec spec : specs) {
            DepartmentUnit unit = new DepartmentUnit(spec.name(), spec.code());
            unit.setDirectorApprovalRequired(spec.directorApproval());
            em.persist(unit);
            // the units of preschools and schools run recruitment; finance, investments and staff do not
            boolean recruitment = RECRUITING_UNITS.contains(spec.code());
            UserAccount head = departmentAccount(faker, "kierownik." + spec.login(), unit, Role.UNIT_HEAD, hash, recruitment);
            unit.appointHead(head);
            departmentAccount(faker, "pracownik." + spec.login(), unit, Role.DEPARTMENT_OFFICER, hash, recruitment);
            departmentAccount(faker, "pracownik2." + spec.login(), unit, Role.DEPARTMENT_OFFICER, hash, recruitment);
            count += 3;
        }
        DepartmentUnit management = new DepartmentUnit("Dyrekcja Wydziału", "DYR");
        em.persist(management);
        management.appointHead(departmentAccount(faker, "dyrektor.wydzialu", management, Role.DEPARTMENT_DIRECTOR, hash,
                true));
        departmentAccount(faker, "komisja", management, Role.COMMITTEE_MEMBER, hash, false);
        DepartmentUnit it = new DepartmentUnit("Zespół Informatyki", "IT");
        em.persist(it);
        departmentAccount(faker, "admin", it, Role.ADMIN, hash, false);
        return count + 3;
    }

    /** Parents with local accounts (rodzic1 … rodzic5), for the recruitment portal where no identity broker is set up. */
    private int createParents(Faker faker, String hash) {
        for (int n = 1; n <= DEMO_PARENTS; n++) {
            UserAccount parent = UserAccount.ofParent("rodzic" + n, faker.name().firstName(), faker.name().lastName());
            parent.setEmail("rodzic" + n + "@poczta.example.pl");
            parent.useHashedPassword(hash);
            em.persist(parent);
        }
        return DEMO_PARENTS;
    }

    private UserAccount departmentAccount(Faker faker, String username, DepartmentUnit unit, Role role, String hash,
                                          boolean recruitment) {
        UserAccount account = UserAccount.ofUnit(username, faker.name().firstName(), faker.name().lastName(), unit,
                recruitment ? Set.of(role, Role.RECRUITMENT_OFFICER) : Set.of(role));
        account.setEmail(username + "@edukacja.example.pl");
        account.useHashedPassword(hash);
        em.persist(account);
        return account;
    }
}
