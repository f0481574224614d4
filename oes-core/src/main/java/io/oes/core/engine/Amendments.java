package io.oes.core.engine;

import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderType;
import io.oes.core.port.ExchangeGateway;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.refusal.Refusal;
import io.oes.core.refusal.Result;
import io.oes.core.symbol.SymbolRulesBook;
import io.oes.core.validation.OrderValidator;
import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;

/**
 * Changes the price and/or quantity of open LIMIT orders (Binance's modify). The new terms are
 * validated like a new order; the order keeps its ids. Writer only.
 */
final class Amendments {
  private final AccountBook book;
  private final ExchangeGateway exchange;
  private final StoreReads reads;
  private final SymbolRulesBook rules;
  private final Writer writer;
  private final OrderValidator validator = new OrderValidator();

  Amendments(AccountBook book, ExchangeGateway exchange, StoreReads reads,
      SymbolRulesBook rules, Writer writer) {
    this.book = book;
    this.exchange = exchange;
    this.reads = reads;
    this.rules = rules;
    this.writer = writer;
  }

  CompletableFuture<Result<Order>> amend(String orderId, BigDecimal quantity,
      BigDecimal price) {
    Order live = book.live(orderId);
    if (live == null) {
      return book.known(orderId).map(ended -> refused(ended(ended)))
          .orElseGet(() -> reads.byId(orderId).thenApplyAsync(stored -> stored
              .map(found -> ended(book.fromStore(found)))
              .orElseGet(() -> Refusal.notFound("order " + orderId + " not found")), writer)
              .thenApply(Result::refused));
    }
    Result<OrderRequest> terms = newTerms(live, quantity, price);
    if (terms instanceof Result.Refused<OrderRequest> refusal) {
      return refused(refusal.refusal());
    }
    OrderRequest amended = ((Result.Done<OrderRequest>) terms).value();
    if (amended.sameParametersAs(live.request())) {
      return CompletableFuture.completedFuture(Result.done(live));
    }
    return exchange.amend(live, amended.quantity(), amended.price())
        .exceptionally(e -> new ExchangeOutcome.Unknown(e.getMessage()))
        .thenApplyAsync(outcome -> onAmended(live, amended, outcome), writer);
  }

  private static Refusal ended(Order order) {
    return Refusal.precondition("order " + order.orderId() + " is already " + order.state()
        + " and cannot be amended");
  }

  private Result<OrderRequest> newTerms(Order order, BigDecimal quantity, BigDecimal price) {
    OrderType type = order.request().type();
    if (type != OrderType.LIMIT && type != OrderType.POST_ONLY) {
      return Result.refused(Refusal.invalid("only LIMIT orders can be amended; order "
          + order.orderId() + " is " + type));
    }
    if (isUnset(quantity) && isUnset(price)) {
      return Result.refused(Refusal.invalid("quantity or price must be given to amend order "
          + order.orderId()));
    }
    if (order.exchangeOrderId() == null) {
      return Result.refused(Refusal.precondition("order " + order.orderId()
          + " is not yet acknowledged by the exchange; amend it once it is SUBMITTED"));
    }
    OrderRequest amended = order.request().withTerms(isUnset(quantity) ? null : quantity,
        isUnset(price) ? null : price);
    if (amended.quantity().compareTo(order.filledQuantity()) <= 0) {
      return Result.refused(Refusal.invalid("quantity " + amended.quantity().toPlainString()
          + " must be above the filled quantity " + order.filledQuantity().toPlainString()));
    }
    return validator.validate(amended, rules);
  }

  private Result<Order> onAmended(Order before, OrderRequest amended, ExchangeOutcome outcome) {
    return switch (outcome) {
      case ExchangeOutcome.Accepted accepted -> {
        Order current = book.current(before);
        Order reterm = book.amend(current, current.withRequest(amended, book.clock().instant()));
        yield Result.done(book.applyReport(reterm, accepted.report()));
      }
      case ExchangeOutcome.Rejected rejected -> Result.refused(Refusal.precondition(
          "exchange refused to amend order " + before.orderId() + ": " + rejected.message()
              + " (code " + rejected.venueCode() + ")"));
      case ExchangeOutcome.NotFound notFound -> Result.refused(Refusal.precondition(
          "order " + before.orderId() + " is no longer open on the exchange"));
      case ExchangeOutcome.NotSent notSent -> Result.refused(Refusal.unavailable(
          "amend of order " + before.orderId() + " not sent: " + notSent.reason()));
      case ExchangeOutcome.Unknown unknown -> Result.refused(Refusal.unavailable(
          "amend of order " + before.orderId() + " not confirmed: " + unknown.reason()));
    };
  }

  private static boolean isUnset(BigDecimal value) {
    return value == null || value.signum() == 0;
  }

  private static CompletableFuture<Result<Order>> refused(Refusal refusal) {
    return CompletableFuture.completedFuture(Result.refused(refusal));
  }
}
