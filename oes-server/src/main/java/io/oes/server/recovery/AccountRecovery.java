package io.oes.server.recovery;

import io.oes.core.port.AccountHistory;
import io.oes.core.port.AccountHistory.OrderCount;
import io.oes.core.port.AccountHistory.StoredFill;
import io.oes.core.position.PositionLedger;
import io.oes.core.risk.KillSwitch;
import io.oes.core.risk.RiskEngine;
import io.oes.core.risk.RiskSeed;
import io.oes.core.risk.TradingState;
import io.oes.core.risk.TradingStateStore;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds, once at start and before the engines run, what the accounts held in memory: the
 * positions of every account, user and symbol (all stored fills, into the {@link
 * PositionLedger}), and for each account's risk engine the positions and today's order counts
 * of its finished orders (see {@link RiskSeed} for why open orders are left to reconciliation).
 * A store that cannot be read stops start-up.
 */
public final class AccountRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(AccountRecovery.class);

  private final Map<String, RiskSeed> seeds = new HashMap<>();
  private final LocalDate day;

  private AccountRecovery(LocalDate day) {
    this.day = day;
  }

  /**
   * Reads the history into {@code ledger} and keeps the risk seeds for {@link #seed}.
   *
   * @param now the start instant; orders of its UTC day count against the daily limit
   */
  public static AccountRecovery read(AccountHistory history, PositionLedger ledger,
      Instant now) {
    AccountRecovery recovery = new AccountRecovery(LocalDate.ofInstant(now, ZoneOffset.UTC));
    int[] fills = {0};
    history.forEachFill(stored -> {
      fills[0]++;
      ledger.apply(stored.accountId(), stored.userId(), stored.fill());
      recovery.onFill(stored);
    });
    int orders = 0;
    for (OrderCount count : history.ordersSince(recovery.day.atStartOfDay(ZoneOffset.UTC)
        .toInstant())) {
      orders += count.orders();
      if (!count.open() && count.userId() != null) {
        recovery.seedOf(count.accountId()).onFinishedOrdersToday(count.userId(), count.orders());
      }
    }
    LOG.info("Rebuilt {} positions from {} stored fills; {} orders placed on UTC day {}",
        ledger.positions(key -> true).size(), fills[0], orders, recovery.day);
    return recovery;
  }

  /** A kill switch saved to {@code store}, in the state saved last; logs a restored halt. */
  public static KillSwitch killSwitch(InstantSource clock, TradingStateStore store) {
    KillSwitch killSwitch = new KillSwitch(clock, store);
    TradingState state = killSwitch.state();
    if (state.mode() != TradingState.Mode.ACTIVE) {
      LOG.warn("Trading is {}, as restored from the store: \"{}\", by {} at {}; new orders{}"
          + " are refused until an operator resumes", state.mode(), state.reason(),
          state.changedBy(), state.changedAt(), state.isReducing() ? " but reduce-only ones" : "");
    }
    return killSwitch;
  }

  /** Writes what {@code accountId}'s risk engine held before the restart into {@code risk}. */
  public void seed(String accountId, RiskEngine risk) {
    RiskSeed seed = seeds.get(accountId);
    if (seed != null) {
      seed.applyTo(risk);
    }
  }

  private void onFill(StoredFill stored) {
    if (!stored.orderOpen() && stored.userId() != null) {
      seedOf(stored.accountId()).onFinishedFill(stored.userId(), stored.fill().symbol(),
          stored.fill().side(), stored.fill().quantity());
    }
  }

  private RiskSeed seedOf(String accountId) {
    return seeds.computeIfAbsent(accountId, id -> new RiskSeed(day));
  }
}
