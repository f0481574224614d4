package io.oes.sim;

import io.oes.sim.fault.FaultInjector;
import io.oes.sim.marketdata.MarketFeed;
import io.oes.sim.matching.Exchange;
import io.oes.sim.stream.UserStreamHub;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's timed work, on three daemon threads: the market ticker (mid moves, or only
 * GTD expiry while the market is frozen), the market streams' feed, and housekeeping (listen key
 * expiry, stream pings, the 24-hour cut, scheduled stream drops, dead-man countdowns). A failing task is logged and runs again on its
 * next period.
 */
final class Housekeeping implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);
  private static final long SWEEP_MILLIS = 100;

  private final ScheduledExecutorService market = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().name("oes-sim-market").daemon().factory());
  private final ScheduledExecutorService streams = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().name("oes-sim-housekeeping").daemon().factory());
  private final ScheduledExecutorService marketStreams =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("oes-sim-market-streams").daemon().factory());
  private final InstantSource clock;
  private long lastDropMillis;

  Housekeeping(InstantSource clock) {
    this.clock = clock;
    this.lastDropMillis = clock.millis();
  }

  ScheduledExecutorService scheduler() {
    return streams;
  }

  void startMarket(Exchange exchange, FaultInjector faults, Duration tickInterval) {
    long intervalMillis = tickInterval.toMillis();
    if (intervalMillis > 0) {
      market.scheduleAtFixedRate(safely("Market tick", () -> {
        if (faults.marketFrozen()) {
          exchange.onFrozenTick();
        } else {
          exchange.onMarketTick();
        }
      }), intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }
  }

  void startStreams(UserStreamHub hub, FaultInjector faults, Duration pingInterval,
      Duration maxConnectionTime) {
    streams.scheduleAtFixedRate(safely("Stream sweep", () -> {
      hub.expireListenKeys();
      hub.closeExpiredConnections(maxConnectionTime.toMillis());
      dropWhenDue(hub, faults.plan().streamDropInterval());
    }), SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    long pingMillis = pingInterval.toMillis();
    streams.scheduleAtFixedRate(safely("User stream ping", hub::pingAll), pingMillis, pingMillis,
        TimeUnit.MILLISECONDS);
  }

  /** The market streams get their own thread, so a busy feed never delays a market tick. */
  void startMarketStreams(MarketFeed feed) {
    marketStreams.scheduleAtFixedRate(safely("Market stream tick", feed::onTick),
        MarketFeed.TICK_MILLIS, MarketFeed.TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    marketStreams.shutdownNow();
    market.shutdownNow();
    streams.shutdownNow();
  }

  private void dropWhenDue(UserStreamHub hub, Duration interval) {
    long now = clock.millis();
    if (interval.isZero()) {
      lastDropMillis = now;
    } else if (now - lastDropMillis >= interval.toMillis()) {
      lastDropMillis = now;
      hub.dropAll();
    }
  }

  // A scheduled task that throws is never run again: a failure is logged and skipped.
  private static Runnable safely(String name, Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.error("{} failed", name, e);
      }
    };
  }
}
