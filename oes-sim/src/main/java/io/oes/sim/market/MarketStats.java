package io.oes.sim.market;

import java.math.BigDecimal;

/**
 * The rolling statistics {@code ticker/24hr} reports for one symbol: open, high, low and last
 * price and the traded volume since the simulator started (a simulator run is far shorter than
 * 24 hours). Prices follow both the users' trades and the mid. Not thread-safe: owned by its
 * symbol's engine.
 */
public final class MarketStats {
  private final BigDecimal openPrice;
  private final long openTimeMillis;
  private BigDecimal highPrice;
  private BigDecimal lowPrice;
  private BigDecimal lastPrice;
  private BigDecimal lastQty = BigDecimal.ZERO;
  private BigDecimal volume = BigDecimal.ZERO;
  private BigDecimal quoteVolume = BigDecimal.ZERO;
  private long count;

  public MarketStats(BigDecimal openPrice, long openTimeMillis) {
    this.openPrice = openPrice;
    this.openTimeMillis = openTimeMillis;
    this.highPrice = openPrice;
    this.lowPrice = openPrice;
    this.lastPrice = openPrice;
  }

  /** A user trade. */
  public void onTrade(BigDecimal price, BigDecimal quantity, long nowMillis) {
    onPrice(price);
    lastQty = quantity;
    volume = volume.add(quantity);
    quoteVolume = quoteVolume.add(price.multiply(quantity));
    count++;
  }

  /** A move of the mid. */
  public void onPrice(BigDecimal price) {
    lastPrice = price;
    highPrice = highPrice.max(price);
    lowPrice = lowPrice.min(price);
  }

  /** The statistics now. */
  public Snapshot snapshot() {
    return new Snapshot(openPrice, highPrice, lowPrice, lastPrice, lastQty, volume, quoteVolume,
        count, openTimeMillis);
  }

  /** The statistics at one moment. */
  public record Snapshot(BigDecimal openPrice, BigDecimal highPrice, BigDecimal lowPrice,
      BigDecimal lastPrice, BigDecimal lastQty, BigDecimal volume, BigDecimal quoteVolume,
      long count, long openTimeMillis) {}
}
