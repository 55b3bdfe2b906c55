package pl.opium.surveys;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Between the reading threads of a merge and its writing thread: readers claim copies in order and
 * hand over what they read through a bounded queue per copy; the writer takes the copies in order.
 * At most {@code window} copies are claimed and not yet written, and each holds at most
 * {@code queued} pieces, so memory stays bounded however fast the readers are. It cannot deadlock,
 * even if the executor runs only one reader at a time: copies are claimed in order, so the copy the
 * writer waits for is always claimed by a reader that is reading it (the writer empties its queue)
 * or could be claimed now (a permit is free).
 */
final class Handover {

    private static final long POLL_MILLIS = 100;

    private final int sources;
    private final int queued;
    private final Semaphore window;
    private final AtomicInteger next = new AtomicInteger();
    private final ConcurrentHashMap<Integer, BlockingQueue<ReplyReader.Piece>> queues = new ConcurrentHashMap<>();
    private volatile boolean writerGone;

    Handover(int sources, int window, int queued) {
        this.sources = sources;
        this.queued = queued;
        this.window = new Semaphore(window);
    }

    /** The next copy for a reader, or -1 when all are claimed or the writer has gone. Waits while the window is full. */
    int claim() {
        try {
            while (!window.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (writerGone) {
                    return -1;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        int source = next.getAndIncrement();
        if (source >= sources || writerGone) {
            window.release();
            return -1;
        }
        return source;
    }

    /** Hands a piece of a copy over; gives up (ending the reader) once the writer has gone. */
    void put(ReplyReader.Piece piece, int source) {
        BlockingQueue<ReplyReader.Piece> queue = queue(source);
        try {
            while (!queue.offer(piece, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (writerGone) {
                    throw new IllegalStateException("The merge's writing side stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Merge interrupted", e);
        }
    }

    /** The next piece of the given copy, waiting for it. */
    ReplyReader.Piece take(int source) throws InterruptedException {
        return queue(source).take();
    }

    /** The writer has written a whole copy: its queue goes and another copy may be claimed. */
    void written(int source) {
        queues.remove(source);
        window.release();
    }

    /** The writer stops (done or failed): readers end at their next step, and what they had read is let go. */
    void writerGone() {
        writerGone = true;
        queues.clear();
    }

    private BlockingQueue<ReplyReader.Piece> queue(int source) {
        return queues.computeIfAbsent(source, s -> new ArrayBlockingQueue<>(queued));
    }
}
