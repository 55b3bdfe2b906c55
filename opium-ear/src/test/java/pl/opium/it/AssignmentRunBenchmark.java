package pl.opium.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.opium.recruitment.assignment.AssignmentRun;
import pl.opium.recruitment.assignment.AssignmentService;
import pl.opium.recruitment.campaign.CampaignService;
import pl.opium.recruitment.campaign.Level;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.criteria.MunicipalCriterion;
import pl.opium.recruitment.criteria.StatutoryCriterion;
import pl.opium.registry.InstitutionType;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (run with {@code mvn verify -Pbenchmark}, add {@code -Ppostgresql} for
 * PostgreSQL): the department's "run the assignment" on a city's worth of verified applications,
 * the whole service path — reading the applications with their preferences and confirmed criteria,
 * the priority keys, the engine, the run and its ties written, the qualified units recorded. The
 * offer (about 1,500 units of the city's preschools and primary schools' preschool divisions) and
 * 40,000 verified applications with 3–10 preferences of skewed popularity are written straight into
 * the database, which a real campaign fills over weeks. One warm-up run, then three measured ones.
 */
@ExtendWith(ArquillianExtension.class)
class AssignmentRunBenchmark {

    private static final String OFFICER = "pracownik.prz";
    private static final int CANDIDATES = 40_000;
    private static final int UNITS = 1_500;
    private static final int PLACES = 25;
    private static final int RUNS = 3;
    private static final String WORKING = "both_parents_work";
    private static final String SIBLING = "sibling_attends";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.opiumWith(AssignmentRunBenchmark.class, Campaigns.class, Campaigns.Phase.class,
                ServerDatabase.class);
    }

    @EJB
    private CampaignService campaigns;

    @EJB
    private AssignmentService assignment;

    @Resource(lookup = "java:jboss/datasources/OpiumDS")
    private DataSource dataSource;

    @Test
    void theDepartmentRunsTheAssignmentForACity() throws Exception {
        RecruitmentCampaign campaign = As.user(OFFICER, () -> campaigns.create("Pomiar przydziału " + System.nanoTime(),
                Level.PRESCHOOL, "2027/2028", 10, List.of(new MunicipalCriterion(WORKING, "Oboje rodzice pracują", 20, "oświadczenie"),
                        new MunicipalCriterion(SIBLING, "Rodzeństwo w przedszkolu", 15, "oświadczenie")),
                Campaigns.schedule(Campaigns.Phase.OFFER)));
        long campaignId = campaign.getId();
        long started = System.nanoTime();
        long[] units = writeOfferAndApplications(campaignId, new Random(2027));
        System.out.printf("BENCHMARK assignment run: %d units, %d applications written in %d ms (%s)%n", units.length,
                CANDIDATES, (System.nanoTime() - started) / 1_000_000, ServerDatabase.of(dataSource));
        Campaigns.reschedule(campaigns, campaignId, OFFICER, Campaigns.Phase.ASSIGNING);

        List<Long> millis = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            long start = System.nanoTime();
            AssignmentRun result = As.user(OFFICER, () -> assignment.run(campaignId, Round.MAIN));
            long took = (System.nanoTime() - start) / 1_000_000;
            assertThat(result.getCandidates()).isEqualTo(CANDIDATES);
            System.out.printf("BENCHMARK assignment run %d%s: %d candidates, %d placed, %d ties reported, final %s, %d ms%n",
                    run, run == 0 ? " (warm-up)" : "", result.getCandidates(), result.getPlaced(), result.getTies().size(),
                    result.isFinalResult(), took);
            if (run > 0) {
                millis.add(took);
            }
        }
        millis.sort(null);
        System.out.printf("BENCHMARK assignment run median of %d: %d ms%n", RUNS, millis.get(RUNS / 2));
    }

    /** Approved offers with the units spread over the institutions that offer the level, then the applications. */
    private long[] writeOfferAndApplications(long campaignId, Random random) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<Long> institutions = new ArrayList<>();
            try (Statement query = connection.createStatement();
                 ResultSet rows = query.executeQuery("select id, type from institution order by id")) {
                while (rows.next()) {
                    if (Level.PRESCHOOL.isOfferedBy(InstitutionType.valueOf(rows.getString(2)))) {
                        institutions.add(rows.getLong(1));
                    }
                }
            }
            int rowsNeeded = institutions.size() + UNITS + CANDIDATES;
            long id = reserveIds(connection, rowsNeeded * 2L);
            long[] units = new long[UNITS];
            try (PreparedStatement offer = connection.prepareStatement(
                    "insert into recruitment_offer (id, version, campaign_id, institution_id, status) values (?, 0, ?, ?, 'APPROVED')");
                 PreparedStatement unit = connection.prepareStatement("insert into recruitment_unit "
                         + "(id, version, offer_id, name, kind, places, continuing) values (?, 0, ?, ?, 'GENERAL', ?, 0)")) {
                long[] offers = new long[institutions.size()];
                for (int i = 0; i < offers.length; i++) {
                    offers[i] = id++;
                    offer.setLong(1, offers[i]);
                    offer.setLong(2, campaignId);
                    offer.setLong(3, institutions.get(i));
                    offer.addBatch();
                }
                offer.executeBatch();
                for (int u = 0; u < UNITS; u++) {
                    units[u] = id++;
                    unit.setLong(1, units[u]);
                    unit.setLong(2, offers[u % offers.length]);
                    unit.setString(3, "Grupa " + (u / offers.length + 1));
                    unit.setInt(4, PLACES);
                    unit.addBatch();
                }
                unit.executeBatch();
            }
            writeApplications(connection, campaignId, units, id, random);
            connection.commit();
            // the statistics a database has after the weeks a campaign takes to fill (autovacuum's analyze)
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("analyze");
            }
            connection.commit();
            return units;
        }
    }

    private static void writeApplications(Connection connection, long campaignId, long[] units, long firstId, Random random)
            throws SQLException {
        // popularity as in real cities: a few groups everyone wants, a long tail (Zipf, exponent 0.8)
        double[] cumulative = new double[units.length];
        double total = 0;
        for (int u = 0; u < units.length; u++) {
            total += 1 / Math.pow(u + 1, 0.8);
            cumulative[u] = total;
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement application = connection.prepareStatement("insert into recruitment_application (id, version,"
                + " campaign_id, round, owner_login, status, pesel, live_pesel, first_name, last_name, birth_date, created_at,"
                + " submitted_at, verified_by, verified_at, achievements) values (?, 0, ?, 'MAIN', ?, 'VERIFIED', ?, ?, ?, ?, ?, ?,"
                + " ?, 'benchmark', ?, 0)");
             PreparedStatement preference = connection.prepareStatement(
                     "insert into application_preference (application_id, position, unit_id) values (?, ?, ?)");
             PreparedStatement declaration = connection.prepareStatement(
                     "insert into application_declaration (application_id, criterion, status) values (?, ?, 'CONFIRMED')")) {
            for (int c = 0; c < CANDIDATES; c++) {
                long id = firstId + c;
                LocalDate born = LocalDate.of(2022, 1, 1).plusDays(c % 1000);
                String pesel = Campaigns.pesel(born, c / 1000);
                application.setLong(1, id);
                application.setLong(2, campaignId);
                application.setString(3, "rodzic.pomiar" + c);
                application.setString(4, pesel);
                application.setString(5, pesel);
                application.setString(6, "Dziecko");
                application.setString(7, "Pomiarowe " + c);
                application.setDate(8, Date.valueOf(born));
                application.setTimestamp(9, now);
                application.setTimestamp(10, now);
                application.setTimestamp(11, now);
                application.addBatch();
                int wanted = 3 + random.nextInt(8);
                long[] chosen = new long[wanted];
                for (int p = 0; p < wanted; p++) {
                    long unit;
                    do {
                        int index = Arrays.binarySearch(cumulative, random.nextDouble() * total);
                        unit = units[Math.min(index < 0 ? -index - 1 : index, units.length - 1)];
                    } while (contains(chosen, p, unit));
                    chosen[p] = unit;
                    preference.setLong(1, id);
                    preference.setInt(2, p);
                    preference.setLong(3, unit);
                    preference.addBatch();
                }
                declare(declaration, id, random, 0.15, StatutoryCriterion.LARGE_FAMILY.name());
                declare(declaration, id, random, 0.10, StatutoryCriterion.SINGLE_PARENTING.name());
                declare(declaration, id, random, 0.02, StatutoryCriterion.CANDIDATE_DISABILITY.name());
                declare(declaration, id, random, 0.60, WORKING);
                declare(declaration, id, random, 0.20, SIBLING);
                if (c % 1000 == 999) {
                    application.executeBatch();
                    preference.executeBatch();
                    declaration.executeBatch();
                }
            }
            application.executeBatch();
            preference.executeBatch();
            declaration.executeBatch();
        }
    }

    private static void declare(PreparedStatement declaration, long application, Random random, double share, String criterion)
            throws SQLException {
        if (random.nextDouble() < share) {
            declaration.setLong(1, application);
            declaration.setString(2, criterion);
            declaration.addBatch();
        }
    }

    private static boolean contains(long[] chosen, int count, long unit) {
        for (int i = 0; i < count; i++) {
            if (chosen[i] == unit) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes a block of ids from the entities' sequence: the next value, then the sequence moved past
     * the block, so that the server's own inserts (50 ids at a time) never meet these rows.
     */
    private static long reserveIds(Connection connection, long count) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        long first;
        try (Statement query = connection.createStatement();
             ResultSet next = query.executeQuery(postgres ? "select nextval('opium_seq')" : "select next value for opium_seq")) {
            next.next();
            first = next.getLong(1) + 1;
        }
        try (Statement alter = connection.createStatement()) {
            alter.execute("alter sequence opium_seq restart with " + (first + count + 100));
        }
        return first;
    }
}
