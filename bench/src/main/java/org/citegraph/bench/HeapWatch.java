package org.citegraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the Java heap while a pass runs. The heap is fullest just before a collection, so the
 * peak is the largest "before" total that the garbage collectors report (through their
 * notifications), or the heap in use at the end if that is larger; the live heap is the largest
 * "after" total, what survived a collection: it grows if the corpus were held.
 */
public final class HeapWatch implements AutoCloseable {
  private final Set<String> heapPools;
  private final AtomicLong peak = new AtomicLong();
  private final AtomicLong live = new AtomicLong();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onNotification;

  public HeapWatch() {
    heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
    peak.set(used());
  }

  /** The largest heap in use seen so far, in bytes. */
  public long peakBytes() {
    peak.accumulateAndGet(used(), Math::max);
    return peak.get();
  }

  /** The largest heap that survived a collection, in bytes; 0 if no collection ran. */
  long liveBytes() {
    return live.get();
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private void onNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    peak.accumulateAndGet(heap(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
    live.accumulateAndGet(heap(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
  }

  private long heap(Map<String, MemoryUsage> usage) {
    long total = 0;
    for (Map.Entry<String, MemoryUsage> pool : usage.entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        total += pool.getValue().getUsed();
      }
    }
    return total;
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
