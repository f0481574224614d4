package io.oes.cli.bench;

/**
 * One kind of request a bench phase repeats: CreateOrder through the gateway, a health Check,
 * or an order sent straight to the simulator. Called from several worker threads at once.
 */
@FunctionalInterface
interface BenchCall {

  /**
   * Makes call number {@code sequence} (unique in the run, so it can make unique client order
   * ids) and says how it went; the time this takes is the latency recorded.
   */
  CallOutcome call(long sequence);
}
