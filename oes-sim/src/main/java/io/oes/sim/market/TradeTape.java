package io.oes.sim.market;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * The public trades of one symbol, as the market streams ({@code aggTrade}, {@code kline}) report
 * them. The matching engine appends under its lock; the market data feed drains on its own
 * thread. Bounded: when the feed falls behind, new trades are left off the tape rather than ever
 * making the engine wait. Thread-safe.
 */
public final class TradeTape {
  private static final int CAPACITY = 8192;

  private final ArrayBlockingQueue<PublicTrade> trades = new ArrayBlockingQueue<>(CAPACITY);

  /**
   * One trade as the market sees it.
   *
   * @param tradeId the symbol's trade id
   * @param buyerMaker whether the buyer was the resting side
   * @param timeMillis when it happened, epoch milliseconds
   */
  public record PublicTrade(long tradeId, BigDecimal price, BigDecimal quantity,
      boolean buyerMaker, long timeMillis) {}

  /** Records a trade; never blocks. */
  public void onTrade(PublicTrade trade) {
    trades.offer(trade);
  }

  /** The trades recorded since the last drain, oldest first. */
  public List<PublicTrade> drain() {
    List<PublicTrade> drained = new ArrayList<>();
    trades.drainTo(drained);
    return drained;
  }
}
