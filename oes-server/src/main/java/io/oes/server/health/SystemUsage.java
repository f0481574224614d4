package io.oes.server.health;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/**
 * The JVM's heap and thread use at one moment.
 *
 * @param heapUsedBytes heap in use, in bytes
 * @param heapLimitBytes the most the heap may grow to, in bytes (committed size if unbounded)
 * @param threadCount live platform threads
 */
public record SystemUsage(long heapUsedBytes, long heapLimitBytes, int threadCount) {

  /** Reads the running JVM. */
  public static SystemUsage current() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    long limit = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
    return new SystemUsage(
        heap.getUsed(), limit, ManagementFactory.getThreadMXBean().getThreadCount());
  }

  /** Used heap as a fraction of the limit, 0 to 1. */
  public double heapUsedRatio() {
    return heapLimitBytes <= 0 ? 0 : (double) heapUsedBytes / heapLimitBytes;
  }
}
