package io.oes.sim.http;

import static io.oes.sim.http.RequestParams.refuse;

import io.oes.sim.order.NewOrder;
import io.oes.sim.account.Account;
import io.oes.sim.order.OrderType;
import io.oes.sim.order.PositionSide;
import io.oes.sim.order.ResponseType;
import io.oes.sim.order.Side;
import io.oes.sim.order.TimeInForce;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.Rejections;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the parameters of {@code POST /fapi/v1/order} into a {@link NewOrder}, refusing with the
 * code Binance gives for each malformed or missing field. Filter checks come later, in the
 * symbol's engine.
 */
final class NewOrderParser {
  private static final Pattern CLIENT_ORDER_ID = Pattern.compile("^[\\.A-Z\\:/a-z0-9_-]{1,36}$");
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("^-?(\\d+(\\.\\d*)?|\\.\\d+)$");
  private static final Set<String> STP_MODES =
      Set.of("NONE", "EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH");
  private static final String DEFAULT_STP_MODE = "EXPIRE_MAKER";

  private NewOrderParser() {}

  static NewOrder parse(RequestParams params, Account account, String symbol) {
    Side side = side(params);
    OrderType type =
        enumValue(params.required("type"), OrderType::valueOf, Rejections.invalidOrderType());
    if (type.isConditional()) {
      throw refuse(Rejections.useAlgoOrderApi());
    }
    BigDecimal quantity = decimal(params, "quantity");
    Optional<BigDecimal> price = priceOf(params, type);
    TimeInForce timeInForce = type == OrderType.LIMIT
        ? enumValue(params.required("timeInForce"), TimeInForce::valueOf,
            Rejections.invalidTimeInForce())
        : TimeInForce.GTC;
    PositionSide positionSide = positionSide(params, account);
    return new NewOrder(account.id(), symbol, side, type, timeInForce, quantity, price,
        clientOrderId(params, "newClientOrderId"), flag(params, "reduceOnly"), responseType(params),
        goodTillDate(params, timeInForce), stpMode(params), flag(params, "priceProtect"),
        positionSide);
  }

  private static Optional<BigDecimal> priceOf(RequestParams params, OrderType type) {
    if (type == OrderType.LIMIT) {
      return Optional.of(decimal(params, "price"));
    }
    if (params.optional("price").isPresent()) {
      throw refuse(Rejection.badRequest(-1106, "Parameter 'price' sent when not required."));
    }
    return Optional.empty();
  }

  static BigDecimal decimal(RequestParams params, String name) {
    String text = params.required(name);
    if (!PLAIN_DECIMAL.matcher(text).matches()) {
      throw refuse(Rejections.mandatoryParameter(name));
    }
    return new BigDecimal(text);
  }

  static Side side(RequestParams params) {
    return enumValue(params.required("side"), Side::valueOf, Rejections.invalidSide());
  }

  /** The {@code timeInForce} sent, or {@code fallback} when none is. */
  static TimeInForce timeInForce(RequestParams params, String fallback) {
    return enumValue(params.optional("timeInForce").orElse(fallback), TimeInForce::valueOf,
        Rejections.invalidTimeInForce());
  }

  static Optional<String> clientOrderId(RequestParams params, String name) {
    Optional<String> id = params.optional(name);
    if (id.isPresent() && !CLIENT_ORDER_ID.matcher(id.get()).matches()) {
      throw refuse(Rejections.invalidClientOrderId());
    }
    return id;
  }

  /**
   * The {@code positionSide} sent, which must match the account's mode (-4061): BOTH (or none)
   * in one-way mode, LONG or SHORT in hedge mode, where {@code reduceOnly} may not be sent
   * (-1106) because the side already says whether an order closes.
   */
  static PositionSide positionSide(RequestParams params, Account account) {
    PositionSide positionSide;
    try {
      positionSide = PositionSide.valueOf(params.optional("positionSide").orElse("BOTH"));
    } catch (IllegalArgumentException e) {
      throw refuse(Rejections.invalidParameter("positionSide"));
    }
    boolean dual = account.settings().dualSidePosition();
    if (dual == (positionSide == PositionSide.BOTH)) {
      throw refuse(Rejections.positionSideMismatch());
    }
    if (dual && params.optional("reduceOnly").isPresent()) {
      throw refuse(Rejections.parameterNotRequired("reduceOnly"));
    }
    return positionSide;
  }

  static boolean flag(RequestParams params, String name) {
    String value = params.optional(name).orElse("false");
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return value.equalsIgnoreCase("true");
    }
    throw refuse(Rejections.invalidParameter(name));
  }

  private static ResponseType responseType(RequestParams params) {
    return enumValue(params.optional("newOrderRespType").orElse("ACK"), ResponseType::valueOf,
        Rejections.invalidResponseType());
  }

  static long goodTillDate(RequestParams params, TimeInForce timeInForce) {
    if (timeInForce != TimeInForce.GTD) {
      return 0;
    }
    try {
      return Long.parseLong(params.required("goodTillDate"));
    } catch (NumberFormatException e) {
      throw refuse(Rejections.mandatoryParameter("goodTillDate"));
    }
  }

  static String stpMode(RequestParams params) {
    String mode = params.optional("selfTradePreventionMode").orElse(DEFAULT_STP_MODE);
    if (!STP_MODES.contains(mode)) {
      throw refuse(Rejection.badRequest(-5039, "Invalid self trade prevention mode."));
    }
    return mode;
  }

  private static <E extends Enum<E>> E enumValue(String text, Function<String, E> valueOf,
      Rejection invalid) {
    try {
      return valueOf.apply(text);
    } catch (IllegalArgumentException e) {
      throw refuse(invalid);
    }
  }
}
