package io.oes.sim.rules;

import io.oes.sim.rules.SymbolRules.LotSize;
import io.oes.sim.rules.SymbolRules.PercentPrice;
import io.oes.sim.rules.SymbolRules.PriceFilter;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The symbols the simulator lists, looked up by name. The default listing mirrors the live
 * Binance USD-M values of BTCUSDT, ETHUSDT, BNBUSDT and SOLUSDT as of 2025/2026.
 */
public final class SymbolCatalog {
  private static final PercentPrice FIVE_PERCENT_BAND =
      new PercentPrice(new BigDecimal("1.0500"), new BigDecimal("0.9500"), 4);

  private final Map<String, SymbolRules> bySymbol = new LinkedHashMap<>();

  public SymbolCatalog(Collection<SymbolRules> symbols) {
    symbols.forEach(rules -> bySymbol.put(rules.symbol(), rules));
  }

  /** The four default symbols with their live filter values. */
  public static SymbolCatalog defaults() {
    return new SymbolCatalog(List.of(btcusdt(), ethusdt(), bnbusdt(), solusdt()));
  }

  public Optional<SymbolRules> find(String symbol) {
    return Optional.ofNullable(bySymbol.get(symbol));
  }

  /** All symbols in listing order. */
  public Collection<SymbolRules> all() {
    return bySymbol.values();
  }

  static SymbolRules btcusdt() {
    return new SymbolRules("BTCUSDT", "BTC", "USDT", 2, 3, 1569398400000L, "0.0500", "0.012500",
        "0.05", priceFilter("556.80", "4529764", "0.10"), lot("0.001", "1000", "0.001"),
        lot("0.001", "120", "0.001"), 200, 10, new BigDecimal("100"), FIVE_PERCENT_BAND);
  }

  static SymbolRules ethusdt() {
    return new SymbolRules("ETHUSDT", "ETH", "USDT", 2, 3, 1569398400000L, "0.0500", "0.012500",
        "0.05", priceFilter("39.86", "306177", "0.01"), lot("0.001", "10000", "0.001"),
        lot("0.001", "2000", "0.001"), 200, 10, new BigDecimal("20"), FIVE_PERCENT_BAND);
  }

  static SymbolRules bnbusdt() {
    return new SymbolRules("BNBUSDT", "BNB", "USDT", 3, 2, 1581408000000L, "0.0500", "0.015000",
        "0.05", priceFilter("6.600", "100000", "0.010"), lot("0.01", "100000", "0.01"),
        lot("0.01", "2000", "0.01"), 200, 10, new BigDecimal("5"), FIVE_PERCENT_BAND);
  }

  static SymbolRules solusdt() {
    return new SymbolRules("SOLUSDT", "SOL", "USDT", 4, 0, 1600041600000L, "0.0500", "0.015000",
        "0.05", priceFilter("0.4200", "6857", "0.0100"), lot("1", "1000000", "1"),
        lot("1", "5000", "1"), 200, 10, new BigDecimal("5"), FIVE_PERCENT_BAND);
  }

  private static PriceFilter priceFilter(String min, String max, String tick) {
    return new PriceFilter(new BigDecimal(min), new BigDecimal(max), new BigDecimal(tick));
  }

  private static LotSize lot(String min, String max, String step) {
    return new LotSize(new BigDecimal(min), new BigDecimal(max), new BigDecimal(step));
  }
}
