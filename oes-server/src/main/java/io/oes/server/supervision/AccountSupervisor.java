package io.oes.server.supervision;

import io.oes.core.engine.AccountEngine;
import io.oes.core.engine.DeadManSwitch;
import io.oes.core.engine.Reconciliation;
import io.oes.core.port.ExecutionListener;
import io.oes.core.port.ExecutionReport;
import io.oes.server.exchange.ExchangeAccount;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Supervises one account: connects its user data stream to the engine, reconciles at start
 * (new orders wait meanwhile), after every stream gap and every {@code reconcileInterval}, and
 * re-arms the dead-man switch every third of its countdown. Started in two steps, {@link #begin}
 * then {@link #awaitStarted}, so the gateway can open its ports while the account reconciles.
 */
public final class AccountSupervisor implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AccountSupervisor.class);
  private static final Duration STARTUP_RECONCILE_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration STREAM_CONNECT_GRACE = Duration.ofSeconds(5);

  private final ExchangeAccount account;
  private final AccountEngine engine;
  private final ScheduledExecutorService scheduler;
  private CompletableFuture<Reconciliation> firstReconciliation;

  public AccountSupervisor(ExchangeAccount account, AccountEngine engine) {
    this.account = account;
    this.engine = engine;
    this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "supervisor-" + account.id());
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Begins the start-up reconciliation, which refuses new orders until it is done, and connects
   * the user data stream meanwhile; returns at once. {@link #awaitStarted} finishes the start.
   */
  public void begin() {
    // The reconciliation first: it queues the restore of the store's open orders on the
    // account's writer ahead of any report the stream delivers.
    firstReconciliation = engine.reconcile(true);
    account.stream().start(new ExecutionListener() {
      @Override
      public void onExecution(ExecutionReport report) {
        engine.onExecution(report);
      }

      @Override
      public void onGap(String reason) {
        LOG.info("Account {}: {}; reconciling", account.id(), reason);
        reconcileQuietly();
      }
    });
  }

  /**
   * Waits for the start-up reconciliation and (briefly) the stream, then starts the periodic
   * work. Fails when the exchange cannot be reconciled with in time.
   */
  public void awaitStarted(Duration reconcileInterval, Duration cancelCountdown)
      throws Exception {
    Reconciliation first = firstReconciliation
        .get(STARTUP_RECONCILE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info("Account {} reconciled at start: {}", account.id(), first);
    awaitStream();
    long everyMs = reconcileInterval.toMillis();
    scheduler.scheduleWithFixedDelay(this::reconcileQuietly, everyMs, everyMs,
        TimeUnit.MILLISECONDS);
    if (!cancelCountdown.isZero()) {
      DeadManSwitch deadMan = new DeadManSwitch(engine, account.client(), cancelCountdown);
      long refreshMs = Math.max(1_000, cancelCountdown.toMillis() / 3);
      scheduler.scheduleWithFixedDelay(() -> deadMan.refresh().exceptionally(e -> {
        LOG.warn("Account {}: re-arming the cancel countdown failed: {}", account.id(),
            e.getMessage());
        return null;
      }), 0, refreshMs, TimeUnit.MILLISECONDS);
    }
  }

  /** Gives the stream a moment to connect so the gateway starts healthy, not degraded. */
  private void awaitStream() throws InterruptedException {
    long deadline = System.nanoTime() + STREAM_CONNECT_GRACE.toNanos();
    while (!account.stream().isConnected() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    if (!account.stream().isConnected()) {
      LOG.warn("Account {}: user data stream not connected yet; fills arrive through "
          + "reconciliation until it is", account.id());
    }
  }

  private void reconcileQuietly() {
    engine.reconcile(false).whenComplete((found, error) -> {
      if (error != null) {
        LOG.warn("Account {}: reconciliation failed: {}", account.id(), error.getMessage());
      } else if (found.adopted() + found.corrected() > 0) {
        LOG.warn("Account {}: reconciliation corrected oes's view: {}", account.id(), found);
      }
    });
  }

  public boolean isStreamConnected() {
    return account.stream().isConnected();
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
