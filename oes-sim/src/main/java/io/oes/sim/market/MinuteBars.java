package io.oes.sim.market;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * One symbol's price history as one-minute candles, what {@code GET /fapi/v1/klines} aggregates
 * into any interval: prices follow the last price (trades and the moving mid, as the tickers
 * do), volumes count the public trades. Keeps the last {@link #RETAINED_MINUTES} minutes. A
 * minute with no update repeats the previous close. Not thread-safe: owned by its symbol's
 * engine and read under its lock.
 */
public final class MinuteBars {
  /** Fifteen days: enough for every interval's default page of recent bars but 1d and above. */
  public static final int RETAINED_MINUTES = 15 * 24 * 60;
  private static final long MINUTE_MILLIS = 60_000L;

  private final ArrayDeque<Bar> bars = new ArrayDeque<>();
  private BigDecimal lastPrice;

  /**
   * A candle; {@code trades}, the volumes and the trade ids (-1 without trades) count public
   * trades only.
   */
  public record Bar(long openMillis, BigDecimal open, BigDecimal high, BigDecimal low,
      BigDecimal close, BigDecimal volume, BigDecimal quoteVolume, long trades,
      BigDecimal takerBuyVolume, BigDecimal takerBuyQuoteVolume, long firstTradeId,
      long lastTradeId) {

    static Bar flat(long openMillis, BigDecimal price) {
      return new Bar(openMillis, price, price, price, price, BigDecimal.ZERO, BigDecimal.ZERO, 0,
          BigDecimal.ZERO, BigDecimal.ZERO, -1, -1);
    }

    Bar withPrice(BigDecimal price) {
      return new Bar(openMillis, open, high.max(price), low.min(price), price, volume,
          quoteVolume, trades, takerBuyVolume, takerBuyQuoteVolume, firstTradeId, lastTradeId);
    }

    Bar withTrade(BigDecimal price, BigDecimal quantity, boolean takerBuy, long tradeId) {
      Bar moved = withPrice(price);
      BigDecimal quote = price.multiply(quantity);
      return new Bar(openMillis, open, moved.high, moved.low, price, volume.add(quantity),
          quoteVolume.add(quote), trades + 1,
          takerBuy ? takerBuyVolume.add(quantity) : takerBuyVolume,
          takerBuy ? takerBuyQuoteVolume.add(quote) : takerBuyQuoteVolume,
          firstTradeId < 0 ? tradeId : firstTradeId, tradeId);
    }

    Bar reopenedAt(long newOpenMillis) {
      return new Bar(newOpenMillis, open, high, low, close, volume, quoteVolume, trades,
          takerBuyVolume, takerBuyQuoteVolume, firstTradeId, lastTradeId);
    }

    /** This candle and the {@code later} one as one, opening at {@code mergedOpenMillis}. */
    Bar merge(long mergedOpenMillis, Bar later) {
      return new Bar(mergedOpenMillis, open, high.max(later.high), low.min(later.low),
          later.close, volume.add(later.volume), quoteVolume.add(later.quoteVolume),
          trades + later.trades, takerBuyVolume.add(later.takerBuyVolume),
          takerBuyQuoteVolume.add(later.takerBuyQuoteVolume),
          firstTradeId < 0 ? later.firstTradeId : firstTradeId,
          later.lastTradeId < 0 ? lastTradeId : later.lastTradeId);
    }
  }

  /** Minute candles merged into longer ones; {@code openOf} maps a minute to its candle. */
  public static List<Bar> aggregate(List<Bar> minutes, LongUnaryOperator openOf) {
    Map<Long, Bar> byOpen = new LinkedHashMap<>();
    for (Bar minute : minutes) {
      long open = openOf.applyAsLong(minute.openMillis());
      byOpen.merge(open, minute.reopenedAt(open), (earlier, later) -> earlier.merge(open, later));
    }
    return List.copyOf(byOpen.values());
  }

  public MinuteBars(BigDecimal openPrice, long nowMillis) {
    this.lastPrice = openPrice;
    bars.add(Bar.flat(minuteOf(nowMillis), openPrice));
  }

  public void onPrice(BigDecimal price, long nowMillis) {
    Bar current = advanceTo(nowMillis);
    replaceLast(current.withPrice(price));
    lastPrice = price;
  }

  public void onTrade(BigDecimal price, BigDecimal quantity, boolean takerBuy, long tradeId,
      long nowMillis) {
    Bar current = advanceTo(nowMillis);
    replaceLast(current.withTrade(price, quantity, takerBuy, tradeId));
    lastPrice = price;
  }

  /** The minutes opening in {@code [fromMillis, toMillis]}, quiet minutes filled, oldest first. */
  public List<Bar> between(long fromMillis, long toMillis) {
    List<Bar> selected = new ArrayList<>();
    Bar previous = null;
    for (Bar bar : bars) {
      previous = fillGap(selected, previous, bar.openMillis(), fromMillis, toMillis);
      if (bar.openMillis() >= fromMillis && bar.openMillis() <= toMillis) {
        selected.add(bar);
      }
      previous = bar;
    }
    fillGap(selected, previous, minuteOf(toMillis) + MINUTE_MILLIS, fromMillis, toMillis);
    return selected;
  }

  private static Bar fillGap(List<Bar> selected, Bar previous, long untilMillis, long fromMillis,
      long toMillis) {
    if (previous == null) {
      return null;
    }
    for (long minute = previous.openMillis() + MINUTE_MILLIS; minute < untilMillis;
        minute += MINUTE_MILLIS) {
      if (minute >= fromMillis && minute <= toMillis) {
        selected.add(Bar.flat(minute, previous.close()));
      }
    }
    return previous;
  }

  private Bar advanceTo(long nowMillis) {
    long minute = minuteOf(nowMillis);
    Bar last = bars.getLast();
    if (minute > last.openMillis()) {
      bars.addLast(Bar.flat(minute, lastPrice));
      while (bars.size() > RETAINED_MINUTES) {
        bars.removeFirst();
      }
    }
    return bars.getLast();
  }

  private void replaceLast(Bar bar) {
    bars.removeLast();
    bars.addLast(bar);
  }

  private static long minuteOf(long timeMillis) {
    return Math.floorDiv(timeMillis, MINUTE_MILLIS) * MINUTE_MILLIS;
  }
}
