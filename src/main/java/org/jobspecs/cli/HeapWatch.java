package org.jobspecs.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Issue 15: notices a build whose Java heap is too small for its catalog. Such a build does not
 * fail: the collector runs full collections back to back, each freeing a few megabytes, and the
 * build crawls on for many minutes (100,000 classes with {@code -Xmx1g}: a full collection every
 * second from the 20th second on, each about 0.9 s, each leaving over 90 % of the heap in use).
 * After each full collection the watch asks {@link Verdict} whether the heap is exhausted, and
 * tells its listener once, on the collector's notification thread; the command line then says
 * so and how much memory to give, and ends the run.
 */
final class HeapWatch implements AutoCloseable {

    /** What the watch saw when it gave up on the heap. */
    record Exhausted(long usedBytes, long maxBytes, int fullCollections) {
    }

    /**
     * The rule: a heap is exhausted after {@link #IN_A_ROW} full collections in a row that each left
     * at least {@link #FULL} of it in use and took at least {@link #BUSY} of the time since the
     * previous one ended. A build near its limit that still gets work done between collections
     * is left alone.
     */
    static final class Verdict {
        static final double FULL = 0.90;
        static final double BUSY = 2.0 / 3;
        static final int IN_A_ROW = 5;

        private long lastEnd = -1;
        private int inARow;

        /**
         * One full collection: its start and end (milliseconds, any common origin) and the heap in
         * use after it. Whether the heap is exhausted.
         */
        boolean afterFullCollection(long startMillis, long endMillis, long usedBytes, long maxBytes) {
            long duration = endMillis - startMillis;
            long since = lastEnd < 0 ? Long.MAX_VALUE : endMillis - lastEnd;
            lastEnd = endMillis;
            boolean full = usedBytes >= FULL * maxBytes;
            boolean busy = since != Long.MAX_VALUE && duration >= BUSY * since;
            inARow = full && busy ? inARow + 1 : 0;
            return inARow >= IN_A_ROW;
        }
    }

    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;
    private final Consumer<Exhausted> exhausted;
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final long max = Runtime.getRuntime().maxMemory();
    private final Verdict verdict = new Verdict();
    private int fullCollections;
    private boolean told;

    private HeapWatch(Consumer<Exhausted> exhausted) {
        this.exhausted = exhausted;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    /** A collection ended: a full one is weighed, with the heap in use after it. */
    private synchronized void collected(Notification n, Object handback) {
        if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        if (!info.getGcAction().contains("major")) {
            return;
        }
        GcInfo gc = info.getGcInfo();
        long used = 0;
        for (var pool : gc.getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += ((MemoryUsage) pool.getValue()).getUsed();
            }
        }
        fullCollections++;
        if (verdict.afterFullCollection(gc.getStartTime(), gc.getEndTime(), used, max) && !told) {
            told = true;
            exhausted.accept(new Exhausted(used, max, fullCollections));
        }
    }

    /** Watches the heap until closed; {@code exhausted} is told at most once. */
    static HeapWatch start(Consumer<Exhausted> exhausted) {
        return new HeapWatch(exhausted);
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone
            }
        }
    }
}
