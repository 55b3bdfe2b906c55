package pl.opium.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.opium.messaging.Message;
import pl.opium.messaging.MessageAction;
import pl.opium.messaging.MessageDraft;
import pl.opium.messaging.MessageService;
import pl.opium.messaging.Priority;
import pl.opium.messaging.Recipient;
import pl.opium.messaging.ReplyExpected;
import pl.opium.messaging.delivery.DeliveryService;
import pl.opium.registry.GroupService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (run with {@code mvn verify -Pbenchmark}, add {@code -Ppostgresql} for
 * PostgreSQL): the time from the final approval of a message addressed to every institution until
 * all its deliveries are committed, on the city the server was started with ({@code opium.demo.size}).
 * One warm-up run, then five measured ones; prints every run and the median.
 */
@ExtendWith(ArquillianExtension.class)
class FanOutBenchmark {

    private static final int RUNS = 5;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.opiumWith(FanOutBenchmark.class, Sending.class, ServerDatabase.class);
    }

    @EJB
    private MessageService messages;

    @EJB
    private DeliveryService deliveries;

    @EJB
    private GroupService groups;

    @Resource(lookup = "java:jboss/datasources/OpiumDS")
    private DataSource dataSource;

    @Test
    void approvalToEveryDeliveryCommitted() throws Exception {
        List<Recipient> everyInstitution = Sending.everyInstitution(groups);
        List<Long> millis = new ArrayList<>();
        long deliveryCount = 0;
        for (int run = 0; run <= RUNS; run++) {
            Message draft = As.user(Sending.OFFICER, () -> messages.createDraft(new MessageDraft("Pomiar " + System.nanoTime(),
                    "<p>Do wszystkich placówek</p>", Priority.NORMAL, ReplyExpected.NONE, null, false, everyInstitution)));
            Message submitted = As.user("pracownik.prz",
                    () -> messages.perform(draft.getId(), draft.getVersion(), MessageAction.SUBMIT, null));
            long start = System.nanoTime();
            As.user("kierownik.prz", () -> messages.perform(submitted.getId(), submitted.getVersion(),
                    MessageAction.APPROVE, null));
            long approved = System.nanoTime();
            long count;
            while ((count = As.user("pracownik.prz", () -> deliveries.deliveryCount(draft.getId()))) == 0) {
                Thread.sleep(2);
            }
            long done = System.nanoTime();
            deliveryCount = count;
            System.out.printf("BENCHMARK fan-out run %d%s: approval committed in %d ms, all %d deliveries committed "
                            + "%d ms after the approval started%n", run, run == 0 ? " (warm-up)" : "",
                    (approved - start) / 1_000_000, count, (done - start) / 1_000_000);
            if (run > 0) {
                millis.add((done - start) / 1_000_000);
            }
        }
        Collections.sort(millis);
        System.out.printf("BENCHMARK fan-out summary: %d deliveries per message (%s city, %s); approval to all "
                        + "committed: median %d ms, min %d ms, max %d ms over %d runs%n", deliveryCount,
                System.getProperty("opium.demo.size", "normal"), ServerDatabase.of(dataSource),
                millis.get(RUNS / 2), millis.get(0), millis.get(RUNS - 1), RUNS);
        assertThat(millis).hasSize(RUNS);
    }
}
