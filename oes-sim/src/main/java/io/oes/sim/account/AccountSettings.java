package io.oes.sim.account;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An account's trading settings: leverage and margin type per symbol, and the position mode.
 * Thread-safe: each setting is read and written independently.
 */
public final class AccountSettings {
  /** The leverage of a symbol nobody has changed, as on a fresh Binance account. */
  public static final int DEFAULT_LEVERAGE = 20;

  private final Map<String, Integer> leverageBySymbol = new ConcurrentHashMap<>();
  private final Map<String, MarginType> marginTypeBySymbol = new ConcurrentHashMap<>();
  private volatile boolean dualSidePosition;

  /** ISOLATED or CROSSED, as {@code POST /fapi/v1/marginType} names them. */
  public enum MarginType {
    ISOLATED,
    CROSSED;

    /** The lower-case word Binance uses in position reports: "isolated" or "cross". */
    public String reportName() {
      return this == ISOLATED ? "isolated" : "cross";
    }
  }

  public int leverage(String symbol) {
    return leverageBySymbol.getOrDefault(symbol, DEFAULT_LEVERAGE);
  }

  public void leverage(String symbol, int leverage) {
    leverageBySymbol.put(symbol, leverage);
  }

  public MarginType marginType(String symbol) {
    return marginTypeBySymbol.getOrDefault(symbol, MarginType.CROSSED);
  }

  /** Sets the margin type and tells whether it changed. */
  public boolean marginType(String symbol, MarginType marginType) {
    MarginType previous = marginTypeBySymbol.put(symbol, marginType);
    return (previous == null ? MarginType.CROSSED : previous) != marginType;
  }

  public boolean dualSidePosition() {
    return dualSidePosition;
  }

  public void dualSidePosition(boolean enabled) {
    dualSidePosition = enabled;
  }
}
