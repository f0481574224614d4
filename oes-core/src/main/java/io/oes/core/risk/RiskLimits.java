package io.oes.core.risk;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The risk limits for a user. Every limit is optional: null means "not set" (unlimited, or, in
 * a per-user override, "keep the global value"). Immutable.
 *
 * @param allowedSymbols symbols the user may trade; empty means every symbol
 * @param maxOrderValue largest notional of one order in quote currency, price × quantity (orders
 *     without a limit price are valued at the mark price)
 * @param maxPositionSize largest absolute net position in base quantity on any one symbol,
 *     counting open orders on the same side as if they had filled
 * @param maxPositionSizeBySymbol the same per symbol, winning over {@code maxPositionSize}
 * @param maxDailyOrders orders a user may place per UTC day
 * @param maxOpenOrders orders a user may have open at once
 * @param priceBandPercent how far, in percent, a limit price may stray from the mark price: a BUY
 *     above mark × (1 + band/100) or a SELL below mark × (1 − band/100) is refused (fat finger)
 */
public record RiskLimits(
    Set<String> allowedSymbols,
    BigDecimal maxOrderValue,
    BigDecimal maxPositionSize,
    Map<String, BigDecimal> maxPositionSizeBySymbol,
    Integer maxDailyOrders,
    Integer maxOpenOrders,
    BigDecimal priceBandPercent) {

  /** No limit set at all. */
  public static final RiskLimits NONE = new RiskLimits(null, null, null, null, null, null, null);

  public RiskLimits {
    allowedSymbols = allowedSymbols == null ? null : Set.copyOf(allowedSymbols);
    maxPositionSizeBySymbol = maxPositionSizeBySymbol == null ? null
        : Map.copyOf(maxPositionSizeBySymbol);
    requireNotNegative("max_order_value", maxOrderValue);
    requireNotNegative("max_position_size", maxPositionSize);
    requireNotNegative("price_band_percent", priceBandPercent);
    if ((maxDailyOrders != null && maxDailyOrders < 0)
        || (maxOpenOrders != null && maxOpenOrders < 0)) {
      throw new IllegalArgumentException("max_daily_orders " + maxDailyOrders
          + " and max_open_orders " + maxOpenOrders + " must not be negative");
    }
  }

  /** These limits with every limit {@code override} sets replacing this one's. */
  public RiskLimits overriddenBy(RiskLimits override) {
    Map<String, BigDecimal> bySymbol = maxPositionSizeBySymbol;
    if (override.maxPositionSizeBySymbol != null) {
      bySymbol = new HashMap<>(bySymbol == null ? Map.of() : bySymbol);
      bySymbol.putAll(override.maxPositionSizeBySymbol);
    }
    return new RiskLimits(
        or(override.allowedSymbols, allowedSymbols),
        or(override.maxOrderValue, maxOrderValue),
        or(override.maxPositionSize, maxPositionSize),
        bySymbol,
        or(override.maxDailyOrders, maxDailyOrders),
        or(override.maxOpenOrders, maxOpenOrders),
        or(override.priceBandPercent, priceBandPercent));
  }

  /** The position limit for {@code symbol}, or null when none is set. */
  public BigDecimal maxPositionSizeFor(String symbol) {
    BigDecimal own = maxPositionSizeBySymbol == null ? null : maxPositionSizeBySymbol.get(symbol);
    return own != null ? own : maxPositionSize;
  }

  public RiskLimits withAllowedSymbols(Set<String> symbols) {
    return new RiskLimits(symbols, maxOrderValue, maxPositionSize, maxPositionSizeBySymbol,
        maxDailyOrders, maxOpenOrders, priceBandPercent);
  }

  public RiskLimits withMaxOrderValue(BigDecimal value) {
    return new RiskLimits(allowedSymbols, value, maxPositionSize, maxPositionSizeBySymbol,
        maxDailyOrders, maxOpenOrders, priceBandPercent);
  }

  public RiskLimits withMaxPositionSize(BigDecimal size) {
    return new RiskLimits(allowedSymbols, maxOrderValue, size, maxPositionSizeBySymbol,
        maxDailyOrders, maxOpenOrders, priceBandPercent);
  }

  /** These limits with a position limit for one symbol added (or replaced). */
  public RiskLimits withMaxPositionSize(String symbol, BigDecimal size) {
    Map<String, BigDecimal> bySymbol =
        new HashMap<>(maxPositionSizeBySymbol == null ? Map.of() : maxPositionSizeBySymbol);
    bySymbol.put(symbol, size);
    return new RiskLimits(allowedSymbols, maxOrderValue, maxPositionSize, bySymbol,
        maxDailyOrders, maxOpenOrders, priceBandPercent);
  }

  public RiskLimits withMaxDailyOrders(Integer orders) {
    return new RiskLimits(allowedSymbols, maxOrderValue, maxPositionSize, maxPositionSizeBySymbol,
        orders, maxOpenOrders, priceBandPercent);
  }

  public RiskLimits withMaxOpenOrders(Integer orders) {
    return new RiskLimits(allowedSymbols, maxOrderValue, maxPositionSize, maxPositionSizeBySymbol,
        maxDailyOrders, orders, priceBandPercent);
  }

  public RiskLimits withPriceBandPercent(BigDecimal percent) {
    return new RiskLimits(allowedSymbols, maxOrderValue, maxPositionSize, maxPositionSizeBySymbol,
        maxDailyOrders, maxOpenOrders, percent);
  }

  private static <T> T or(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }

  private static void requireNotNegative(String name, BigDecimal value) {
    if (value != null && value.signum() < 0) {
      throw new IllegalArgumentException(name + " " + value.toPlainString() + " must not be negative");
    }
  }
}
