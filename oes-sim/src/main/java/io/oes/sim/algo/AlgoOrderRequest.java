package io.oes.sim.algo;

import io.oes.sim.order.OrderType;
import io.oes.sim.order.PositionSide;
import io.oes.sim.order.Side;
import io.oes.sim.order.TimeInForce;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A parsed {@code POST /fapi/v1/algoOrder} with {@code algoType=CONDITIONAL}.
 *
 * @param type STOP, STOP_MARKET, TAKE_PROFIT or TAKE_PROFIT_MARKET
 * @param quantity the quantity; empty with {@code closePosition=true}
 * @param price the limit price of STOP and TAKE_PROFIT; empty for the MARKET variants
 * @param triggerPrice the mark price at which the order is released
 * @param workingType MARK_PRICE or CONTRACT_PRICE; both watch the simulator's mark price
 * @param clientAlgoId the client's id, empty to have one generated
 * @param positionSide BOTH in one-way mode, LONG or SHORT in hedge mode
 */
public record AlgoOrderRequest(
    long accountId,
    String symbol,
    Side side,
    OrderType type,
    TimeInForce timeInForce,
    Optional<BigDecimal> quantity,
    Optional<BigDecimal> price,
    BigDecimal triggerPrice,
    String workingType,
    Optional<String> clientAlgoId,
    boolean reduceOnly,
    boolean closePosition,
    boolean priceProtect,
    String selfTradePreventionMode,
    long goodTillDateMillis,
    PositionSide positionSide) {

  /** Whether the trigger fires once the mark price reaches {@code markPrice}. */
  public boolean triggersAt(BigDecimal markPrice) {
    boolean stop = type == OrderType.STOP || type == OrderType.STOP_MARKET;
    boolean rising = stop == (side == Side.BUY);
    int comparison = markPrice.compareTo(triggerPrice);
    return rising ? comparison >= 0 : comparison <= 0;
  }

  /** The type of the order released on trigger: LIMIT or MARKET. */
  public OrderType releasedType() {
    return type == OrderType.STOP || type == OrderType.TAKE_PROFIT ? OrderType.LIMIT
        : OrderType.MARKET;
  }
}
