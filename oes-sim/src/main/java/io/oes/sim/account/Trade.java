package io.oes.sim.account;

import io.oes.sim.order.PositionSide;
import io.oes.sim.order.Side;
import java.math.BigDecimal;

/**
 * One fill of one order, as {@code userTrades} and the user data stream report it.
 *
 * @param id trade id, increasing per symbol
 * @param quoteQty price × quantity in quote asset
 * @param commission the fee charged, in {@code commissionAsset}
 * @param realizedPnl profit or loss realised by this fill on the position, in quote asset
 * @param maker whether the order rested on the book when it traded
 * @param positionSide the position the fill moved: BOTH, or LONG / SHORT in hedge mode
 */
public record Trade(
    String symbol,
    long id,
    long orderId,
    String clientOrderId,
    Side side,
    BigDecimal price,
    BigDecimal qty,
    BigDecimal quoteQty,
    BigDecimal commission,
    String commissionAsset,
    BigDecimal realizedPnl,
    boolean maker,
    long timeMillis,
    PositionSide positionSide) {

  public boolean buyer() {
    return side == Side.BUY;
  }
}
