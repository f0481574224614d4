package io.oes.store.jdbc;

import java.time.Duration;

/**
 * Tuning of a {@link JdbcOrderStore}.
 *
 * @param batchSize most events written per transaction
 * @param queueCapacity events that may wait for the writer; {@code append} blocks beyond it
 * @param poolSize database connections: one for the writer, the rest for reads and health
 * @param connectTimeout how long a read or the health probe waits for a connection
 * @param retryMin first pause after a failed batch; doubles up to {@code retryMax}
 * @param retryMax longest pause between retries of a failed batch
 */
public record JdbcStoreOptions(
    int batchSize,
    int queueCapacity,
    int poolSize,
    Duration connectTimeout,
    Duration retryMin,
    Duration retryMax) {

  public JdbcStoreOptions {
    if (batchSize < 1 || queueCapacity < 1 || poolSize < 2) {
      throw new IllegalArgumentException("batchSize and queueCapacity must be positive and"
          + " poolSize at least 2, got " + batchSize + ", " + queueCapacity + ", " + poolSize);
    }
  }

  /** 500 events per batch, 100,000 queued, 8 connections, 2 s connect, retry 50 ms to 2 s. */
  public static JdbcStoreOptions defaults() {
    return new JdbcStoreOptions(500, 100_000, 8, Duration.ofSeconds(2), Duration.ofMillis(50),
        Duration.ofSeconds(2));
  }

  public JdbcStoreOptions withBatchSize(int size) {
    return new JdbcStoreOptions(size, queueCapacity, poolSize, connectTimeout, retryMin, retryMax);
  }

  public JdbcStoreOptions withPoolSize(int size) {
    return new JdbcStoreOptions(batchSize, queueCapacity, size, connectTimeout, retryMin, retryMax);
  }

  public JdbcStoreOptions withQueueCapacity(int capacity) {
    return new JdbcStoreOptions(batchSize, capacity, poolSize, connectTimeout, retryMin, retryMax);
  }
}
