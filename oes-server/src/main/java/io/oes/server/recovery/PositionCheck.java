package io.oes.server.recovery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.oes.core.port.ExchangeGateway;
import io.oes.core.port.ExchangePosition;
import io.oes.core.position.PositionLedger;
import io.oes.server.exchange.ExchangeAccount;
import io.oes.server.metrics.MeterNames;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares the positions rebuilt from the store with the exchange's ({@code GET
 * /fapi/v3/positionRisk}), per account and symbol: the sum of the users' sizes against the
 * account's size. Each difference is logged (one line with both figures) and counted in {@code
 * order_execution_position_mismatches_total{account,symbol}}; nothing is corrected, since the
 * exchange may hold trades oes never placed. An exchange that cannot be asked is logged and
 * skipped.
 */
public final class PositionCheck {
  private static final Logger LOG = LoggerFactory.getLogger(PositionCheck.class);
  static final String MISMATCHES = "position.mismatches";

  private final PositionLedger ledger;
  private final MeterRegistry registry;
  private final Duration timeout;

  public PositionCheck(PositionLedger ledger, MeterRegistry registry, Duration timeout) {
    this.ledger = ledger;
    this.registry = registry;
    this.timeout = timeout;
  }

  /** Checks every account, one after the other; call it once reconciliation caught up. */
  public void checkAll(List<ExchangeAccount> accounts) {
    accounts.forEach(account -> check(account.id(), account.gateway()));
  }

  /** Checks one account; blocks at most the timeout. Returns the symbols that differ. */
  public int check(String accountId, ExchangeGateway exchange) {
    List<ExchangePosition> onExchange;
    try {
      onExchange = exchange.positions().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    } catch (Exception e) {
      LOG.warn("Positions of account {} not checked: the exchange did not answer ({})",
          accountId, e.getMessage());
      return 0;
    }
    Map<String, BigDecimal> exchangeSizes = new TreeMap<>();
    onExchange.forEach(p -> exchangeSizes.merge(p.symbol(), p.size(), BigDecimal::add));
    Map<String, BigDecimal> ours = ledger.netSizes(accountId);
    Map<String, BigDecimal> symbols = new TreeMap<>(ours);
    exchangeSizes.forEach(symbols::putIfAbsent);
    int mismatches = 0;
    for (String symbol : symbols.keySet()) {
      BigDecimal mine = ours.getOrDefault(symbol, BigDecimal.ZERO);
      BigDecimal theirs = exchangeSizes.getOrDefault(symbol, BigDecimal.ZERO);
      if (mine.compareTo(theirs) != 0) {
        mismatches++;
        LOG.warn("Position mismatch on account {} {}: oes {} from its fills, exchange {}",
            accountId, symbol, mine.toPlainString(), theirs.toPlainString());
        counter(accountId, symbol).increment();
      }
    }
    LOG.info("Positions of account {} checked against the exchange: {} symbols, {} differ",
        accountId, symbols.size(), mismatches);
    return mismatches;
  }

  private Counter counter(String accountId, String symbol) {
    return Counter.builder(MeterNames.name(MISMATCHES))
        .description("Symbols whose position rebuilt from oes's fills differed from the"
            + " exchange's at start")
        .tag("account", accountId).tag("symbol", symbol)
        .register(registry);
  }
}
