package io.oes.core.symbol;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The exchange's latest mark price per symbol, for the checks that compare an order with the
 * market (order value of market orders, the fat-finger price band). Replaced whole on each
 * refresh; readable from any thread.
 */
public final class MarkPrices {
  private volatile Map<String, BigDecimal> bySymbol = Map.of();

  public void replaceAll(Map<String, BigDecimal> prices) {
    bySymbol = Map.copyOf(prices);
  }

  /** The mark price of {@code symbol}, if the exchange reported one. */
  public Optional<BigDecimal> of(String symbol) {
    return Optional.ofNullable(bySymbol.get(symbol));
  }
}
