package io.oes.server;

import io.oes.server.config.ConfigLoader;
import io.oes.server.config.OesConfig;
import io.oes.server.warmup.TrainingOrders;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training run before ready: a scratch gateway inside this process — the same classes as
 * the real one, on a simulator of its own on loopback, with the memory store, cache and bus,
 * nothing logged per order — takes orders over gRPC, then is closed. The JIT compiles a method
 * after some thousands of calls; without this the first real orders after a start or a
 * failover ran interpreted, competing with the compiler for the CPU, and a paced load took
 * tens of seconds to be served at its rate. Nothing of it reaches the configured exchange,
 * store, cache, bus or metrics.
 */
final class TrainingRun {
  private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);
  /** Calls in flight, so the engine sees batches and concurrency as under load. */
  private static final int CALLERS = 8;
  /** The most a training run may delay ready, on however slow a machine. */
  static final Duration MAX_DURATION = Duration.ofSeconds(20);
  /** The scratch gateway: everything in memory, loopback, limits off, nothing kept. */
  private static final String SCRATCH_CONFIG = """
      server: {host: 127.0.0.1, grpc_port: 0, http_port: 0, warm_up_orders: 0}
      exchange: {mode: sim, cancel_countdown_s: 0}
      sim: {port: 0, enforce_rate_limits: false}
      rate_limit: {enabled: false}
      store: {type: memory}
      """;

  private TrainingRun() {}

  /** Begins {@code rounds} rounds on a thread of its own; 0 does nothing. Never fails. */
  static CompletableFuture<String> begin(int rounds) {
    if (rounds == 0) {
      return CompletableFuture.completedFuture("no training orders");
    }
    CompletableFuture<String> done = new CompletableFuture<>();
    Thread.ofPlatform().name("start-training").daemon().start(() -> {
      long begin = System.nanoTime();
      try {
        String summary = train(rounds, begin + MAX_DURATION.toNanos());
        LOG.info("Training run before ready: {} in {} ms", summary,
            (System.nanoTime() - begin) / 1_000_000);
        done.complete(summary);
      } catch (Exception e) {
        LOG.warn("Training run before ready failed, starting without it: {}", e.toString());
        done.complete("failed: " + e.getMessage());
      }
    });
    return done;
  }

  private static String train(int rounds, long deadlineNanos) throws InterruptedException {
    OesConfig scratch = new ConfigLoader(Map.of()).parse(SCRATCH_CONFIG);
    try (Gateway gateway = Gateway.startTraining(scratch)) {
      TrainingOrders.Outcome outcome = TrainingOrders.send(gateway.grpcPort(), rounds, CALLERS,
          deadlineNanos);
      return outcome.rounds() + " of " + rounds + " rounds of scratch orders ("
          + outcome.failed() + " refused or failed) on a simulator of its own";
    }
  }
}
