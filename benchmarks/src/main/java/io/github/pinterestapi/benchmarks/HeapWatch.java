package io.github.pinterestapi.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap still in use right after any garbage collection: what a program really holds,
 * as opposed to garbage not yet collected. Starts listening when created.
 */
final class HeapWatch {
  private final AtomicLong maxAfterGc = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();
  private final Set<String> heapPools = new HashSet<>();

  HeapWatch() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
        pool.resetPeakUsage();
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
        if (!notification.getType().equals(
            GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
          return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
            (CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
          if (heapPools.contains(pool.getKey())) {
            used += pool.getValue().getUsed();
          }
        }
        collections.incrementAndGet();
        maxAfterGc.accumulateAndGet(used, Math::max);
      }, null, null);
    }
  }

  /** The most heap in use after a collection so far, in bytes. */
  long maxAfterGc() {
    return maxAfterGc.get();
  }

  /** Collections seen so far. */
  long collections() {
    return collections.get();
  }

  /** The sum of each heap pool's peak, garbage included, in bytes. */
  long peakIncludingGarbage() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
