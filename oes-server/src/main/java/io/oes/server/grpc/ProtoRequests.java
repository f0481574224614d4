package io.oes.server.grpc;

import io.oes.api.CreateOrderRequest;
import io.oes.core.order.Decimals;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import io.oes.core.refusal.Refusal;
import io.oes.core.refusal.Result;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Wire requests to core requests. Refuses here what cannot even be expressed in the core: an
 * enum number the contract does not know, a number that is not finite.
 */
final class ProtoRequests {
  private ProtoRequests() {}

  static Result<OrderRequest> toCore(CreateOrderRequest r) {
    if (r.getSideValue() != 0 && r.getSide() == io.oes.api.OrderSide.UNRECOGNIZED) {
      return invalid("side " + r.getSideValue() + " is not a known OrderSide (BUY=1, SELL=2)");
    }
    if (r.getTypeValue() != 0 && r.getType() == io.oes.api.OrderType.UNRECOGNIZED) {
      return invalid("type " + r.getTypeValue() + " is not a known OrderType (1-5)");
    }
    if (r.getTimeInForceValue() != 0 && r.getTimeInForce() == io.oes.api.TimeInForce.UNRECOGNIZED) {
      return invalid("time_in_force " + r.getTimeInForceValue() + " is not a known TimeInForce (1-4)");
    }
    Optional<Refusal> nonFinite = firstNonFinite(List.of("quantity", "price", "stop_price"),
        r.getQuantity(), r.getPrice(), r.getStopPrice());
    if (nonFinite.isPresent()) {
      return Result.refused(nonFinite.get());
    }
    return Result.done(new OrderRequest(
        r.getUserId(),
        r.getClientOrderId().isEmpty() ? null : r.getClientOrderId(),
        r.getSymbol(),
        side(r.getSide()),
        type(r.getType()),
        timeInForce(r.getTimeInForce()),
        Decimals.fromWire(r.getQuantity()),
        optional(r.getPrice()),
        optional(r.getStopPrice()),
        r.getReduceOnly(),
        r.getPostOnly()));
  }

  /** The first of the named wire numbers that is NaN or infinite, as a refusal naming it. */
  static Optional<Refusal> firstNonFinite(List<String> names, double... values) {
    for (int i = 0; i < values.length; i++) {
      if (!Decimals.isFinite(values[i])) {
        return Optional.of(Refusal.invalid(names.get(i) + " " + values[i]
            + " is not a finite number"));
      }
    }
    return Optional.empty();
  }

  private static BigDecimal optional(double value) {
    return value == 0.0d ? null : Decimals.fromWire(value);
  }

  private static Side side(io.oes.api.OrderSide side) {
    return switch (side) {
      case BUY -> Side.BUY;
      case SELL -> Side.SELL;
      default -> null;
    };
  }

  private static OrderType type(io.oes.api.OrderType type) {
    return switch (type) {
      case MARKET -> OrderType.MARKET;
      case LIMIT -> OrderType.LIMIT;
      case STOP_MARKET -> OrderType.STOP_MARKET;
      case STOP_LIMIT -> OrderType.STOP_LIMIT;
      case POST_ONLY -> OrderType.POST_ONLY;
      default -> null;
    };
  }

  private static TimeInForce timeInForce(io.oes.api.TimeInForce tif) {
    return switch (tif) {
      case GTC -> TimeInForce.GTC;
      case IOC -> TimeInForce.IOC;
      case FOK -> TimeInForce.FOK;
      case GTX -> TimeInForce.GTX;
      default -> null;
    };
  }

  private static <T> Result<T> invalid(String message) {
    return Result.refused(Refusal.invalid(message));
  }
}
