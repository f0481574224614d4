package io.oes.sim.marketdata;

import io.oes.sim.market.MinuteBars;
import io.oes.sim.market.TradeTape.PublicTrade;
import java.math.BigDecimal;

/**
 * One candle being built: prices follow the symbol's last price (trades and the moving mid, as
 * the 24-hour ticker does), volumes count the public trades only. Not thread-safe: owned by the
 * market data feed's thread.
 */
final class KlineBar {
  final KlineInterval interval;
  final long openMillis;
  final long closeMillis;
  final BigDecimal open;
  BigDecimal high;
  BigDecimal low;
  BigDecimal close;
  BigDecimal volume = BigDecimal.ZERO;
  BigDecimal quoteVolume = BigDecimal.ZERO;
  BigDecimal takerBuyVolume = BigDecimal.ZERO;
  BigDecimal takerBuyQuoteVolume = BigDecimal.ZERO;
  long trades;
  long firstTradeId = -1;
  long lastTradeId = -1;

  KlineBar(KlineInterval interval, long nowMillis, BigDecimal open) {
    this.interval = interval;
    this.openMillis = interval.openOf(nowMillis);
    this.closeMillis = interval.closeOf(openMillis);
    this.open = open;
    this.high = open;
    this.low = open;
    this.close = open;
  }

  /**
   * The bar continuing what the engine's minute candles hold for it so far, so a stream started
   * mid-interval shows what {@code GET /fapi/v1/klines} shows.
   */
  KlineBar(KlineInterval interval, MinuteBars.Bar sofar) {
    this(interval, sofar.openMillis(), sofar.open());
    high = sofar.high();
    low = sofar.low();
    close = sofar.close();
    volume = sofar.volume();
    quoteVolume = sofar.quoteVolume();
    takerBuyVolume = sofar.takerBuyVolume();
    takerBuyQuoteVolume = sofar.takerBuyQuoteVolume();
    trades = sofar.trades();
    firstTradeId = sofar.firstTradeId();
    lastTradeId = sofar.lastTradeId();
  }

  boolean coversTime(long timeMillis) {
    return timeMillis >= openMillis && timeMillis <= closeMillis;
  }

  void onPrice(BigDecimal price) {
    close = price;
    high = high.max(price);
    low = low.min(price);
  }

  /** Adds a trade; one the bar already holds (from its minute candles) is skipped. */
  void onTrade(PublicTrade trade) {
    if (trade.tradeId() <= lastTradeId) {
      return;
    }
    onPrice(trade.price());
    BigDecimal quote = trade.price().multiply(trade.quantity());
    volume = volume.add(trade.quantity());
    quoteVolume = quoteVolume.add(quote);
    if (!trade.buyerMaker()) {
      takerBuyVolume = takerBuyVolume.add(trade.quantity());
      takerBuyQuoteVolume = takerBuyQuoteVolume.add(quote);
    }
    trades++;
    if (firstTradeId < 0) {
      firstTradeId = trade.tradeId();
    }
    lastTradeId = trade.tradeId();
  }

  /** The bar that follows this one, opening at this one's close price. */
  KlineBar next(long nowMillis) {
    return new KlineBar(interval, nowMillis, close);
  }
}
