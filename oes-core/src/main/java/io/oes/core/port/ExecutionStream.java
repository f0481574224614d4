package io.oes.core.port;

/**
 * The exchange's push channel of order reports for one account. The adapter keeps it alive
 * (renews, reconnects with back-off) and reports every interruption as a gap.
 */
public interface ExecutionStream extends AutoCloseable {

  /** Starts delivering to {@code listener}; returns at once. */
  void start(ExecutionListener listener);

  /** Whether the stream is connected now. */
  boolean isConnected();

  @Override
  void close();
}
