package io.oes.server.cluster;

import io.oes.core.risk.KillSwitch;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With several instances, an operator's halt (or reduce, or resume) is sent to one of them and
 * saved in the shared store; each instance takes it from there every {@code interval}, so it
 * reaches every account within that time.
 */
public final class HaltFollower implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HaltFollower.class);

  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
      r -> Thread.ofPlatform().name("halt-follower").daemon().unstarted(r));

  private HaltFollower(KillSwitch killSwitch, Duration interval) {
    long everyMs = interval.toMillis();
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        killSwitch.reload();
      } catch (RuntimeException e) {
        LOG.warn("Reading the trading state from the store failed: {}", e.getMessage());
      }
    }, everyMs, everyMs, TimeUnit.MILLISECONDS);
  }

  public static HaltFollower start(KillSwitch killSwitch, Duration interval) {
    return new HaltFollower(killSwitch, interval);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
