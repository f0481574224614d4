package io.oes.server;

import io.oes.core.feed.OrderEvent;
import io.oes.server.grpc.CodecWarmUp;
import io.oes.server.warmup.ScratchOrders;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warm-up before ready, begun while the accounts reconcile: the store, cache and bus
 * connections opened and exercised, and the gRPC codecs run, all on {@link ScratchOrders}. A
 * gateway fresh from a restart or a failover is needed at once; without this its first orders
 * paid for connecting, class loading and interpretation, and a paced load took tens of
 * seconds to be served at its rate. Nothing of it is visible outside: no exchange order, no
 * journal row, no event, no cache key, no order counted in the metrics.
 */
final class StartupWarmUp {
  private static final Logger LOG = LoggerFactory.getLogger(StartupWarmUp.class);
  /**
   * Rounds of the codecs: enough for the JIT to compile them (a method is compiled after some
   * thousands of calls), a few hundred milliseconds at most even interpreted.
   */
  static final int CODEC_ROUNDS = 2_000;

  private StartupWarmUp() {}

  /** Begins on a thread of its own; the result says what was readied. Never fails. */
  static CompletableFuture<String> begin(Persistence persistence, InstantSource clock) {
    CompletableFuture<String> done = new CompletableFuture<>();
    Thread.ofPlatform().name("start-warm-up").daemon().start(() -> {
      long begin = System.nanoTime();
      try {
        List<OrderEvent> scratch = ScratchOrders.events(clock.instant());
        String backends = persistence.warmUp(scratch);
        CodecWarmUp.run(scratch, CODEC_ROUNDS);
        String summary = backends + ", codecs " + CODEC_ROUNDS + " rounds, in "
            + (System.nanoTime() - begin) / 1_000_000 + " ms";
        LOG.info("Warmed up before ready: {}", summary);
        done.complete(summary);
      } catch (RuntimeException e) {
        LOG.warn("Warm-up before ready failed, starting without it: {}", e.toString());
        done.complete("failed: " + e.getMessage());
      }
    });
    return done;
  }
}
