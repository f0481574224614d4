package io.oes.core.engine;

import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import io.oes.core.port.ExchangeGateway;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.refusal.Refusal;
import io.oes.core.refusal.Result;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends orders and cancels to the exchange and turns each answer into a change of the order,
 * on the writer. An unknown outcome is never resent: the order is looked up by its client id
 * until the exchange says how it stands.
 */
final class Submissions {
  private final AccountEngine engine;
  private final ExchangeGateway exchange;
  private final Writer writer;
  private final EngineSettings settings;

  Submissions(AccountEngine engine, ExchangeGateway exchange, Writer writer,
      EngineSettings settings) {
    this.engine = engine;
    this.exchange = exchange;
    this.writer = writer;
    this.settings = settings;
  }

  /** Writer only: sends {@code order}; completes once its outcome is settled. */
  CompletableFuture<Result<Order>> submit(Order order) {
    return exchange.submit(order)
        .exceptionally(e -> new ExchangeOutcome.Unknown(describe(e)))
        .thenComposeAsync(outcome -> onSubmitted(order, outcome), writer);
  }

  private CompletableFuture<Result<Order>> onSubmitted(Order order, ExchangeOutcome outcome) {
    return switch (outcome) {
      case ExchangeOutcome.Accepted accepted ->
          done(engine.applyReport(order, accepted.report()));
      case ExchangeOutcome.Rejected rejected -> done(engine.finish(order, OrderState.REJECTED,
          "exchange rejected the order: " + rejected.message() + " (code " + rejected.venueCode() + ")"));
      case ExchangeOutcome.NotSent notSent -> {
        engine.finish(order, OrderState.REJECTED, "not sent to the exchange: " + notSent.reason());
        yield CompletableFuture.completedFuture(Result.refused(Refusal.unavailable(
            "order " + order.orderId() + " not sent to the exchange: " + notSent.reason())));
      }
      case ExchangeOutcome.NotFound notFound -> resolveUnknown(order, 0);
      case ExchangeOutcome.Unknown unknown -> resolveUnknown(order, 0);
    };
  }

  /** Looks the order up by client id, with growing waits, until its fate is known. */
  private CompletableFuture<Result<Order>> resolveUnknown(Order order, int attempt) {
    if (attempt >= settings.unknownOutcomeQueries()) {
      // Still open in oes: reconciliation settles it; the caller sees it as NEW.
      return done(engine.current(order));
    }
    long delayMs = settings.unknownOutcomeBackoff().toMillis() << attempt;
    return CompletableFuture.supplyAsync(() -> null,
            CompletableFuture.delayedExecutor(delayMs, TimeUnit.MILLISECONDS))
        .thenCompose(ignored -> exchange.query(order.symbol(), order.exchangeClientId()))
        .exceptionally(e -> new ExchangeOutcome.Unknown(describe(e)))
        .thenComposeAsync(outcome -> switch (outcome) {
          case ExchangeOutcome.Accepted accepted -> done(engine.applyReport(order, accepted.report()));
          case ExchangeOutcome.NotFound notFound when attempt + 1 >= settings.unknownOutcomeQueries() ->
              done(engine.finish(order, OrderState.REJECTED,
                  "the exchange does not know the order after " + (attempt + 1) + " look-ups"));
          default -> resolveUnknown(order, attempt + 1);
        }, writer);
  }

  /** Writer only: cancels {@code order}, which the exchange has acknowledged. */
  CompletableFuture<Result<Order>> cancel(Order order) {
    return exchange.cancel(order.symbol(), order.exchangeClientId())
        .exceptionally(e -> new ExchangeOutcome.Unknown(describe(e)))
        .thenComposeAsync(outcome -> onCanceled(order, outcome), writer);
  }

  private CompletableFuture<Result<Order>> onCanceled(Order order, ExchangeOutcome outcome) {
    return switch (outcome) {
      case ExchangeOutcome.Accepted accepted -> done(engine.applyReport(order, accepted.report()));
      case ExchangeOutcome.NotFound notFound -> exchange.query(order.symbol(), order.exchangeClientId())
          .exceptionally(e -> new ExchangeOutcome.Unknown(describe(e)))
          .thenApplyAsync(found -> afterFailedCancel(order, found), writer);
      case ExchangeOutcome.Rejected rejected -> CompletableFuture.completedFuture(Result.refused(
          Refusal.precondition("exchange refused to cancel order " + order.orderId() + ": "
              + rejected.message() + " (code " + rejected.venueCode() + ")")));
      case ExchangeOutcome.NotSent notSent -> unavailable(order, notSent.reason());
      case ExchangeOutcome.Unknown unknown -> unavailable(order, unknown.reason());
    };
  }

  private Result<Order> afterFailedCancel(Order order, ExchangeOutcome found) {
    if (found instanceof ExchangeOutcome.Accepted accepted) {
      Order now = engine.applyReport(order, accepted.report());
      return now.state() == OrderState.CANCELED ? Result.done(now) : AccountEngine.alreadyFinal(now);
    }
    return Result.refused(Refusal.precondition("exchange does not know order " + order.orderId()
        + " as open; its state is being reconciled"));
  }

  private static CompletableFuture<Result<Order>> unavailable(Order order, String reason) {
    return CompletableFuture.completedFuture(Result.refused(Refusal.unavailable(
        "cancel of order " + order.orderId() + " not confirmed: " + reason)));
  }

  private static CompletableFuture<Result<Order>> done(Order order) {
    return CompletableFuture.completedFuture(Result.done(order));
  }

  private static String describe(Throwable e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }
}
