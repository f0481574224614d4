package io.oes.cli.order;

import io.oes.api.CancelOrderRequest;
import io.oes.api.CreateOrderRequest;
import io.oes.api.OrderSide;
import io.oes.api.OrderType;
import io.oes.api.TimeInForce;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The items of a batch file as API requests: each the request it describes, or why it cannot be
 * sent (a value that is no number, no known side…), naming the field, the value and the rule.
 * Whether the request is a valid order is the gateway's to say, as for {@code oes order create}.
 */
final class BatchItems {
  private static final List<String> CREATE_NAMES = List.of("symbol", "side", "type", "quantity",
      "price", "stop_price", "time_in_force", "client_order_id", "reduce_only", "post_only",
      "user_id");
  private static final List<String> CANCEL_NAMES =
      List.of("order_id", "client_order_id", "user_id", "symbol");

  /** The fields of a create item, canonical ({@link BatchFile#canonical}). */
  static final Set<String> CREATE_FIELDS = canonicalSet(CREATE_NAMES);
  static final String CREATE_FIELD_LIST = String.join(", ", CREATE_NAMES);
  /** The fields of a cancel item, canonical. */
  static final Set<String> CANCEL_FIELDS = canonicalSet(CANCEL_NAMES);
  static final String CANCEL_FIELD_LIST = String.join(", ", CANCEL_NAMES);

  /** An item made ready: the request to send, or the problem that keeps it from being sent. */
  record Prepared<T>(BatchFile.Item item, T request, String problem) {
    static <T> Prepared<T> refused(BatchFile.Item item, String problem) {
      return new Prepared<>(item, null, problem);
    }
  }

  /** A value the file gives that the request cannot take. */
  private static final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;

    BadValue(String message) {
      super(message, null, false, false);
    }
  }

  private BatchItems() {}

  /** {@code item} as a CreateOrderRequest; {@code user} stands for a missing user_id. */
  static Prepared<CreateOrderRequest> create(BatchFile.Item item, String user) {
    if (item.problem() != null) {
      return Prepared.refused(item, item.problem());
    }
    try {
      CreateOrderRequest.Builder request = CreateOrderRequest.newBuilder()
          .setType(OrderType.LIMIT)
          .setUserId(user == null ? "" : user);
      text(item, "symbol").ifPresent(request::setSymbol);
      String side = item.value("side");
      if (side != null) {
        request.setSide(known(item, "side", side, OrderSide::valueOf,
            List.of(OrderSide.BUY, OrderSide.SELL)));
      }
      String type = item.value("type");
      if (type != null) {
        request.setType(known(item, "type", type, OrderType::valueOf, List.of(OrderType.MARKET,
            OrderType.LIMIT, OrderType.STOP_MARKET, OrderType.STOP_LIMIT, OrderType.POST_ONLY)));
      }
      String tif = item.value("timeinforce");
      if (tif != null) {
        request.setTimeInForce(known(item, "time_in_force", tif, TimeInForce::valueOf,
            List.of(TimeInForce.GTC, TimeInForce.IOC, TimeInForce.FOK, TimeInForce.GTX)));
      }
      String quantity = item.value("quantity");
      if (quantity != null) {
        request.setQuantity(decimal(item, "quantity", quantity));
      }
      String price = item.value("price");
      if (price != null) {
        request.setPrice(decimal(item, "price", price));
      }
      String stopPrice = item.value("stopprice");
      if (stopPrice != null) {
        request.setStopPrice(decimal(item, "stop_price", stopPrice));
      }
      text(item, "clientorderid").ifPresent(request::setClientOrderId);
      text(item, "userid").ifPresent(request::setUserId);
      String reduceOnly = item.value("reduceonly");
      if (reduceOnly != null) {
        request.setReduceOnly(bool(item, "reduce_only", reduceOnly));
      }
      String postOnly = item.value("postonly");
      if (postOnly != null) {
        request.setPostOnly(bool(item, "post_only", postOnly));
      }
      return new Prepared<>(item, request.build(), null);
    } catch (BadValue bad) {
      return Prepared.refused(item, bad.getMessage());
    }
  }

  /**
   * {@code item} as a CancelOrderRequest: by order_id, or by client_order_id of user_id
   * ({@code user} when missing); exactly one of the two.
   */
  static Prepared<CancelOrderRequest> cancel(BatchFile.Item item, String user) {
    if (item.problem() != null) {
      return Prepared.refused(item, item.problem());
    }
    String orderId = item.value("orderid");
    String clientOrderId = item.value("clientorderid");
    if ((orderId == null) == (clientOrderId == null)) {
      return Prepared.refused(item, "give order_id or client_order_id, not both or neither");
    }
    CancelOrderRequest.Builder request = CancelOrderRequest.newBuilder();
    if (orderId != null) {
      request.setOrderId(orderId);
    } else {
      request.setClientOrderId(clientOrderId);
      String owner = item.value("userid");
      request.setUserId(owner != null ? owner : user == null ? "" : user);
    }
    String symbol = item.value("symbol");
    if (symbol != null) {
      request.setSymbol(symbol);
    }
    return new Prepared<>(item, request.build(), null);
  }

  private static Optional<String> text(BatchFile.Item item, String canonicalName) {
    return Optional.ofNullable(item.value(canonicalName));
  }

  private static <E extends Enum<E>> E known(BatchFile.Item item, String field, String value,
      Function<String, E> parse, List<E> allowed) throws BadValue {
    String name = item.nameOf(BatchFile.canonical(field), field);
    try {
      E parsed = parse.apply(value.strip().toUpperCase(Locale.ROOT));
      if (allowed.contains(parsed)) {
        return parsed;
      }
    } catch (IllegalArgumentException unknown) {
      // below
    }
    throw new BadValue(name + " " + BatchFile.quoted(value) + " must be one of "
        + allowed.stream().map(Enum::name).collect(Collectors.joining(", ")));
  }

  private static double decimal(BatchFile.Item item, String field, String value)
      throws BadValue {
    String name = item.nameOf(BatchFile.canonical(field), field);
    try {
      return new BigDecimal(value.strip()).doubleValue();
    } catch (NumberFormatException notANumber) {
      throw new BadValue(name + " " + BatchFile.quoted(value) + " must be a decimal number");
    }
  }

  private static boolean bool(BatchFile.Item item, String field, String value) throws BadValue {
    String name = item.nameOf(BatchFile.canonical(field), field);
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new BadValue(name + " " + BatchFile.quoted(value)
          + " must be true or false");
    };
  }

  private static Set<String> canonicalSet(List<String> names) {
    return names.stream().map(BatchFile::canonical).collect(Collectors.toUnmodifiableSet());
  }
}
