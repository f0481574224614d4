package io.oes.sim.http;

import static io.oes.sim.http.RequestParams.refuse;

import io.oes.sim.algo.AlgoOrderRequest;
import io.oes.sim.account.Account;
import io.oes.sim.order.OrderType;
import io.oes.sim.order.PositionSide;
import io.oes.sim.order.Side;
import io.oes.sim.order.TimeInForce;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.Rejections;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code POST /fapi/v1/algoOrder} ({@code algoType=CONDITIONAL}): STOP and TAKE_PROFIT
 * need quantity, price and triggerPrice; their MARKET variants triggerPrice and either quantity
 * or {@code closePosition=true} (then neither quantity nor reduceOnly, -4136/-1106).
 */
final class AlgoOrderParser {
  private static final Set<OrderType> SUPPORTED = Set.of(OrderType.STOP, OrderType.STOP_MARKET,
      OrderType.TAKE_PROFIT, OrderType.TAKE_PROFIT_MARKET);
  private static final Set<String> WORKING_TYPES = Set.of("MARK_PRICE", "CONTRACT_PRICE");

  private AlgoOrderParser() {}

  static AlgoOrderRequest parse(RequestParams params, Account account, String symbol) {
    if (!params.required("algoType").equals("CONDITIONAL")) {
      throw refuse(Rejections.invalidParameter("algoType"));
    }
    PositionSide positionSide = NewOrderParser.positionSide(params, account);
    Side side = NewOrderParser.side(params);
    OrderType type = type(params);
    boolean closePosition = NewOrderParser.flag(params, "closePosition");
    boolean reduceOnly = NewOrderParser.flag(params, "reduceOnly");
    Optional<BigDecimal> quantity = closePosition ? Optional.empty()
        : Optional.of(NewOrderParser.decimal(params, "quantity"));
    if (closePosition && (params.optional("quantity").isPresent() || reduceOnly)) {
      throw refuse(Rejection.badRequest(-1106,
          "Parameter 'quantity' or 'reduceOnly' sent when not required."));
    }
    boolean limit = type == OrderType.STOP || type == OrderType.TAKE_PROFIT;
    Optional<BigDecimal> price = limit ? Optional.of(NewOrderParser.decimal(params, "price"))
        : Optional.empty();
    TimeInForce timeInForce = limit ? NewOrderParser.timeInForce(params, "GTC")
        : TimeInForce.GTC;
    String workingType = params.optional("workingType").orElse("CONTRACT_PRICE");
    if (!WORKING_TYPES.contains(workingType)) {
      throw refuse(Rejections.invalidParameter("workingType"));
    }
    return new AlgoOrderRequest(account.id(), symbol, side, type, timeInForce, quantity, price,
        NewOrderParser.decimal(params, "triggerPrice"), workingType,
        NewOrderParser.clientOrderId(params, "clientAlgoId"), reduceOnly, closePosition,
        NewOrderParser.flag(params, "priceProtect"), NewOrderParser.stpMode(params),
        NewOrderParser.goodTillDate(params, timeInForce), positionSide);
  }

  private static OrderType type(RequestParams params) {
    String text = params.optional("type").or(() -> params.optional("orderType"))
        .orElseThrow(() -> refuse(Rejections.mandatoryParameter("type")));
    try {
      OrderType type = OrderType.valueOf(text);
      if (!SUPPORTED.contains(type)) {
        throw refuse(Rejections.invalidOrderType());
      }
      return type;
    } catch (IllegalArgumentException e) {
      throw refuse(Rejections.invalidOrderType());
    }
  }
}
