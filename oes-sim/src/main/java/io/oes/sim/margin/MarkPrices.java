package io.oes.sim.margin;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest mark price of every symbol. Each symbol's engine writes its own under its lock;
 * anyone reads without locks. Thread-safe.
 */
public final class MarkPrices {
  private final Map<String, BigDecimal> bySymbol = new ConcurrentHashMap<>();

  public void onMarkPrice(String symbol, BigDecimal markPrice) {
    bySymbol.put(symbol, markPrice);
  }

  /** The mark price of {@code symbol}, zero before its engine published one. */
  public BigDecimal of(String symbol) {
    return bySymbol.getOrDefault(symbol, BigDecimal.ZERO);
  }
}
