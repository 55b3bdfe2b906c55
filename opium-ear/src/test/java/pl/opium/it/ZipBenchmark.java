package pl.opium.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.opium.files.Attachment;
import pl.opium.files.AttachmentService;
import pl.opium.messaging.Message;
import pl.opium.messaging.MessageDraft;
import pl.opium.messaging.MessageService;
import pl.opium.messaging.Priority;
import pl.opium.messaging.ReplyExpected;
import pl.opium.messaging.board.BoardDownloads;
import pl.opium.messaging.delivery.DeliveryService;
import pl.opium.messaging.inbox.InboxService;
import pl.opium.registry.GroupService;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import javax.sql.DataSource;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test ({@code mvn verify -Pbenchmark}): every institution replies with its own
 * 1 MB file, then the ZIP of all replies is streamed to nowhere while the server's heap is watched.
 * Prints the wall time, the peak heap in use above the starting point (which includes garbage not
 * yet collected) and the heap retained after a full GC taken every 32 MB of output.
 */
@ExtendWith(ArquillianExtension.class)
class ZipBenchmark {

    private static final int MB = 1024 * 1024;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.opiumWith(ZipBenchmark.class, Sending.class, ServerDatabase.class);
    }

    @EJB
    private MessageService messages;

    @EJB
    private DeliveryService deliveries;

    @EJB
    private GroupService groups;

    @EJB
    private InboxService inbox;

    @EJB
    private AttachmentService files;

    @EJB
    private BoardDownloads board;

    @PersistenceContext(unitName = "opium")
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/OpiumDS")
    private DataSource dataSource;

    @Test
    void zipOfEveryInstitutionsOneMegabyteReply() throws Exception {
        Message draft = Sending.sent(messages, new MessageDraft("Sprawozdanie roczne", "<p>Prosimy o plik</p>",
                Priority.NORMAL, ReplyExpected.ATTACHMENTS, null, false, Sending.everyInstitution(groups)));
        while (As.user("pracownik.prz", () -> deliveries.deliveryCount(draft.getId())) == 0) {
            Thread.sleep(10);
        }
        List<String> directors = em.createQuery("select u.username from UserAccount u where u.username like '%.dyrektor'",
                String.class).getResultList();
        Random random = new Random(42);
        for (String director : directors) {
            byte[] content = new byte[MB];
            random.nextBytes(content);
            Attachment file = As.user(director, () -> files.store(new ByteArrayInputStream(content), "sprawozdanie.pdf.zip"));
            As.user(director, () -> inbox.reply(draft.getId(), null, null, List.of(file)));
        }

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peakSummary = new AtomicLong(baseline);
        AtomicLong peakFiles = new AtomicLong(baseline);
        AtomicBoolean streaming = new AtomicBoolean(true);
        GcProbe out = new GcProbe(memory);
        Thread sampler = new Thread(() -> {
            while (streaming.get()) {
                // the summary sheet comes first and is well under 1 MB; a full GC at 1 MB clears its garbage
                // away before the reply files are measured
                (out.probes == 0 ? peakSummary : peakFiles).accumulateAndGet(memory.getHeapMemoryUsage().getUsed(),
                        Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long start = System.nanoTime();
        As.user("pracownik.prz", () -> board.writeRepliesZip(draft.getId(), out));
        long millis = (System.nanoTime() - start) / 1_000_000;
        streaming.set(false);
        sampler.join();

        System.out.printf("BENCHMARK zip: %d replies of 1 MB, %d MB written in %d ms (%s); heap in use above the "
                        + "start (incl. garbage not yet collected): peak %d MB while writing the summary sheet, peak %d MB "
                        + "while streaming the files; retained after a full GC at 1 MB and then every 32 MB: max %d MB above the start%n",
                directors.size(), out.bytes / MB, millis, ServerDatabase.of(dataSource), (peakSummary.get() - baseline) / MB,
                (peakFiles.get() - baseline) / MB, (out.maxRetained - baseline) / MB);
        assertThat(out.bytes).isGreaterThan((long) directors.size() * MB);
    }

    /** Discards the ZIP, counting it, and every 32 MB measures the heap that survives a full GC. */
    private static final class GcProbe extends OutputStream {
        private final MemoryMXBean memory;
        private volatile long bytes;
        private volatile int probes;
        private long nextProbe = MB;
        private long maxRetained;

        GcProbe(MemoryMXBean memory) {
            this.memory = memory;
        }

        @Override
        public void write(int b) {
            count(1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count(len);
        }

        private void count(int len) {
            bytes += len;
            if (bytes >= nextProbe) {
                nextProbe = (nextProbe / (32L * MB) + 1) * 32L * MB;
                System.gc();
                maxRetained = Math.max(maxRetained, memory.getHeapMemoryUsage().getUsed());
                probes++;
            }
        }
    }
}
