package io.oes.core.validation;

import io.oes.core.order.OrderRequest;
import io.oes.core.refusal.Refusal;
import java.util.Optional;

/** The fields every order needs before any exchange rule can be applied. */
final class RequiredFields {
  private RequiredFields() {}

  static Optional<Refusal> check(OrderRequest request) {
    if (request.symbol() == null || request.symbol().isBlank()) {
      return refuse("symbol is required");
    }
    if (request.side() == null) {
      return refuse("side is required (BUY or SELL)");
    }
    if (request.type() == null) {
      return refuse("type is required (MARKET, LIMIT, STOP_MARKET, STOP_LIMIT or POST_ONLY)");
    }
    if (request.quantity() == null) {
      return refuse("quantity is required");
    }
    return Optional.empty();
  }

  private static Optional<Refusal> refuse(String message) {
    return Optional.of(Refusal.invalid(message));
  }
}
