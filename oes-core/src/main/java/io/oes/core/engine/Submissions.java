package io.oes.core.engine;

import io.oes.core.lifecycle.LifecycleEvent;
import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import io.oes.core.port.ExchangeGateway;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.port.ExecutionReport;
import io.oes.core.port.OrderStore;
import io.oes.core.refusal.Refusal;
import io.oes.core.refusal.Result;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends orders and cancels to the exchange and turns each answer into a change of the order,
 * on the writer.
 *
 * <p>Write-ahead: an order leaves for the exchange only once its intent (the CREATED event) is
 * committed; a store that does not commit in time refuses the order and nothing is sent.
 *
 * <p>An unknown outcome is never resent: the order becomes {@link OrderState#UNKNOWN} and is
 * looked up by its client id, with growing waits, until the exchange says how it stands. "Not
 * found" settles it only once the exchange can no longer accept the request: the request
 * carries the order's creation time as its timestamp, so after that time plus {@code
 * recvWindow} (and a margin for the clocks) the order can never appear.
 */
final class Submissions {
  private final AccountBook book;
  private final ExchangeGateway exchange;
  private final OrderStore store;
  private final Writer writer;
  private final EngineSettings settings;
  private final AwaitedEvents awaited;

  Submissions(AccountBook book, ExchangeGateway exchange, OrderStore store, Writer writer,
      EngineSettings settings) {
    this.book = book;
    this.exchange = exchange;
    this.store = store;
    this.writer = writer;
    this.settings = settings;
    this.awaited = book.awaited();
  }

  /** Writer only: until {@code settlement} completes, the order counts as in flight. */
  void track(String orderId, CompletableFuture<Result<Order>> settlement) {
    book.track(orderId, settlement);
    settlement.whenCompleteAsync((result, error) -> book.landed(orderId, settlement), writer);
  }

  /**
   * Writer only: looks up a restored order whose submission outcome was never recorded (the
   * gateway stopped while it was on its way) until the exchange says how it stands; new
   * orders and cancels of it wait for that, as for any submission in flight.
   */
  void lookUpUnsettled(Order order, String reason) {
    if (book.inFlight(order.orderId()) == null) {
      track(order.orderId(), resolveUnknown(order, reason));
    }
  }

  /**
   * Writer only: sends {@code order} once its intent, journaled as {@code intentSequence}, is
   * committed; completes once its outcome is settled (which, for an unknown outcome, may take
   * until the exchange can no longer accept the request).
   */
  CompletableFuture<Result<Order>> submit(Order order, long intentSequence) {
    book.awaitSend(1);
    return store.whenCommitted(intentSequence)
        .orTimeout(settings.intentCommitTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .handleAsync((committed, error) -> {
          book.awaitSend(-1);
          return error == null ? send(order) : notDurable(order);
        }, writer)
        .thenCompose(outcome -> outcome);
  }

  /**
   * Writer only: sends {@code orders} once their intents, the last journaled as {@code
   * lastIntentSequence}, are committed (one wait for all: a group commit), in requests of at most
   * {@link ExchangeGateway#MAX_BATCH_ORDERS} orders each ({@link ExchangeGateway#submitBatch};
   * conditional orders, and a chunk of one, as single orders).
   * Answers one settlement per order, in order; each order's outcome is then applied as {@link
   * #submit} applies a single order's. A store that does not commit in time refuses every order
   * and nothing is sent.
   */
  List<CompletableFuture<Result<Order>>> submitBatch(List<Order> orders,
      long lastIntentSequence) {
    int count = orders.size();
    book.awaitSend(count);
    CompletableFuture<List<CompletableFuture<Result<Order>>>> sent =
        store.whenCommitted(lastIntentSequence)
            .orTimeout(settings.intentCommitTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .handleAsync((committed, error) -> {
              book.awaitSend(-count);
              return error == null ? sendInChunks(orders)
                  : orders.stream().map(this::notDurable).toList();
            }, writer);
    List<CompletableFuture<Result<Order>>> settlements = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int item = i;
      settlements.add(sent.thenCompose(all -> all.get(item)));
    }
    return settlements;
  }

  /**
   * Conditional orders one by one, as {@link #submit} sends them (they live on their own
   * endpoint, which takes no batch); the others in chunks of at most {@link
   * ExchangeGateway#MAX_BATCH_ORDERS}, a chunk of one as a single order.
   */
  private List<CompletableFuture<Result<Order>>> sendInChunks(List<Order> orders) {
    List<CompletableFuture<Result<Order>>> settlements =
        new ArrayList<>(Collections.nCopies(orders.size(), null));
    List<Integer> together = new ArrayList<>();
    for (int i = 0; i < orders.size(); i++) {
      if (orders.get(i).request().type().isConditional()) {
        settlements.set(i, send(orders.get(i)));
      } else {
        together.add(i);
      }
    }
    for (int from = 0; from < together.size(); from += ExchangeGateway.MAX_BATCH_ORDERS) {
      List<Integer> chunk = together.subList(from,
          Math.min(together.size(), from + ExchangeGateway.MAX_BATCH_ORDERS));
      if (chunk.size() == 1) {
        settlements.set(chunk.getFirst(), send(orders.get(chunk.getFirst())));
        continue;
      }
      List<Order> batch = chunk.stream().map(orders::get).toList();
      List<CompletableFuture<Result<Order>>> sent = sendTogether(batch);
      for (int i = 0; i < chunk.size(); i++) {
        settlements.set(chunk.get(i), sent.get(i));
      }
    }
    return settlements;
  }

  private List<CompletableFuture<Result<Order>>> sendTogether(List<Order> batch) {
    CompletableFuture<List<ExchangeOutcome>> answers;
    try {
      answers = exchange.submitBatch(batch);
    } catch (RuntimeException e) {
      // Whether anything went out is not known: look the orders up, never resend.
      answers = CompletableFuture.failedFuture(e);
    }
    CompletableFuture<List<ExchangeOutcome>> outcomes =
        answers.exceptionally(e -> unknownForEach(batch.size(), describe(e)));
    List<CompletableFuture<Result<Order>>> settlements = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      Order order = batch.get(i);
      int item = i;
      settlements.add(outcomes.thenComposeAsync(
          each -> onSubmitted(order, outcomeAt(each, item, batch.size())), writer));
    }
    return settlements;
  }

  /**
   * The outcome of the {@code item}th of {@code count} orders sent together; Unknown when the
   * answer does not have one per order (nobody can tell which is which).
   */
  private static ExchangeOutcome outcomeAt(List<ExchangeOutcome> outcomes, int item, int count) {
    if (outcomes == null || outcomes.size() != count || outcomes.get(item) == null) {
      return new ExchangeOutcome.Unknown("the exchange answered "
          + (outcomes == null ? "nothing" : outcomes.size() + " results") + " for " + count
          + " orders sent together");
    }
    return outcomes.get(item);
  }

  private static List<ExchangeOutcome> unknownForEach(int count, String reason) {
    List<ExchangeOutcome> unknown = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      unknown.add(new ExchangeOutcome.Unknown(reason));
    }
    return unknown;
  }

  private CompletableFuture<Result<Order>> send(Order order) {
    return exchange.submit(order)
        .exceptionally(e -> new ExchangeOutcome.Unknown(describe(e)))
        .thenComposeAsync(outcome -> onSubmitted(order, outcome), writer);
  }

  private CompletableFuture<Result<Order>> notDurable(Order order) {
    String reason = "the order store did not commit the order's intent within "
        + settings.intentCommitTimeout().toMillis() + " ms; nothing was sent";
    book.end(order, new LifecycleEvent.NotSent(), "not sent: " + reason);
    return CompletableFuture.completedFuture(Result.refused(Refusal.unavailable(
        "order " + order.orderId() + " refused: " + reason)));
  }

  private CompletableFuture<Result<Order>> onSubmitted(Order order, ExchangeOutcome outcome) {
    return switch (outcome) {
      case ExchangeOutcome.Accepted accepted -> onAccepted(order, accepted.report());
      case ExchangeOutcome.Rejected rejected -> done(book.end(order,
          new LifecycleEvent.Reported(OrderState.REJECTED),
          "exchange rejected the order: " + rejected.message() + " (code " + rejected.venueCode() + ")"));
      case ExchangeOutcome.NotSent notSent -> {
        book.end(order, new LifecycleEvent.NotSent(),
            "not sent to the exchange: " + notSent.reason());
        yield CompletableFuture.completedFuture(Result.refused(Refusal.unavailable(
            "order " + order.orderId() + " not sent to the exchange: " + notSent.reason())));
      }
      case ExchangeOutcome.NotFound notFound -> resolveUnknown(order, "the exchange answered "
          + "that it does not know the order");
      case ExchangeOutcome.Unknown unknown -> resolveUnknown(order, unknown.reason());
    };
  }

  /**
   * Applies the exchange's answer to a new order. The answer says how much traded but not in
   * which trades; the stream's trade events say which, each with the state it brought. Applied
   * as it comes, an answer faster than its trade events would move the order to FILLED with no
   * fill, and the fill would follow as a separate update. So an answer reporting trades oes has
   * not applied is applied as an acknowledgement only and completes once the trade events have
   * brought them, so the update that fills the order carries the fill that did. If they do not
   * come within {@code streamEventWait} (the stream is down or slow), the order's trades are
   * fetched and applied with the answer, the newest with its change of state.
   */
  private CompletableFuture<Result<Order>> onAccepted(Order order, ExecutionReport answer) {
    Order current = book.current(order);
    if (answer.lastFill() != null
        || answer.executedQuantity().compareTo(current.filledQuantity()) <= 0) {
      return done(book.applyReport(current, answer));
    }
    book.applyReport(current, acknowledgementOf(answer, current));
    CompletableFuture<Order> explained = awaited.await(order.orderId(),
        now -> now.state().isFinal() || !answer.state().isFinal()
            && now.filledQuantity().compareTo(answer.executedQuantity()) >= 0);
    afterStreamWait(order.orderId(), () -> applyWithTrades(order, answer, explained));
    return explained.thenApply(Result::done);
  }

  /** {@code answer} without its fill progress: the exchange has the order, open. */
  private static ExecutionReport acknowledgementOf(ExecutionReport answer, Order order) {
    return new ExecutionReport(answer.exchangeOrderId(), answer.exchangeClientId(),
        answer.symbol(), OrderState.SUBMITTED, order.filledQuantity(), order.averagePrice(), null,
        answer.updateTime(), null, answer.terms());
  }

  private void applyWithTrades(Order order, ExecutionReport answer,
      CompletableFuture<Order> explained) {
    exchange.orderTrades(order.symbol(), answer.exchangeOrderId())
        .exceptionally(e -> List.of())
        .thenAcceptAsync(trades -> explained.complete(book.applyReport(order, answer, trades)),
            writer);
  }

  /**
   * Writer only: cancels {@code orders} (acknowledged, not conditional, all of {@code symbol})
   * with one request for the whole symbol (Binance {@code DELETE /fapi/v1/allOpenOrders}). The
   * exchange answers only "done"; each order's end comes as its stream event. An order the
   * stream has not ended within {@code streamEventWait}, or each order when the exchange did not
   * confirm, is canceled on its own, as {@link #cancel} does.
   */
  Map<Order, CompletableFuture<Result<Order>>> cancelAll(String symbol, List<Order> orders) {
    CompletableFuture<Boolean> confirmed =
        exchange.cancelAllOpenOrders(symbol).exceptionally(e -> false);
    Map<Order, CompletableFuture<Result<Order>>> results = new LinkedHashMap<>();
    for (Order order : orders) {
      results.put(order, confirmed.thenComposeAsync(
          done -> done ? awaitEnd(order) : cancel(book.current(order)), writer));
    }
    return results;
  }

  private CompletableFuture<Result<Order>> awaitEnd(Order order) {
    Order current = book.current(order);
    if (current.state().isFinal()) {
      return CompletableFuture.completedFuture(endOf(current));
    }
    CompletableFuture<Order> ended = awaited.await(order.orderId(), now -> now.state().isFinal());
    afterStreamWait(order.orderId(), () -> ended.complete(null));
    return ended.thenComposeAsync(end -> end == null ? cancel(book.current(order))
        : CompletableFuture.completedFuture(endOf(end)), writer);
  }

  /** A cancel's answer for an order that ended: done if canceled, else already final. */
  private static Result<Order> endOf(Order order) {
    return order.state() == OrderState.CANCELED ? Result.done(order)
        : Cancels.alreadyFinal(order);
  }

  /** Runs {@code onGiveUp} on the writer if {@code orderId} still waits after the stream wait. */
  private void afterStreamWait(String orderId, Runnable onGiveUp) {
    CompletableFuture.delayedExecutor(settings.streamEventWait().toMillis(),
        TimeUnit.MILLISECONDS, writer).execute(() -> {
          if (awaited.giveUp(orderId)) {
            onGiveUp.run();
          }
        });
  }

  /**
   * Writer only: marks {@code order} UNKNOWN (unless the exchange has spoken since) and looks
   * it up until its fate is known; completes then.
   */
  CompletableFuture<Result<Order>> resolveUnknown(Order order, String reason) {
    Order current = book.current(order);
    if (current.state() != OrderState.NEW && current.state() != OrderState.UNKNOWN) {
      // the stream told its fate already; one look-up still brings the latest (a fill)
      return lookUp(current, 0);
    }
    Order unknown = book.markUnknown(current, "outcome unknown (" + reason
        + "); looking the order up by its client id until "
        + settleDeadline(current));
    return lookUp(unknown, 0);
  }

  /** The moment after which the exchange can no longer accept the order's request. */
  Instant settleDeadline(Order order) {
    return order.createdAt().plus(settings.recvWindow()).plus(settings.clockMargin());
  }

  private CompletableFuture<Result<Order>> lookUp(Order order, int attempt) {
    long delayMs = Math.min(settings.unknownOutcomeBackoff().toMillis() << Math.min(attempt, 16),
        settings.unknownOutcomeMaxBackoff().toMillis());
    return CompletableFuture.supplyAsync(() -> null,
            CompletableFuture.delayedExecutor(delayMs, TimeUnit.MILLISECONDS))
        .thenCompose(ignored -> exchange.query(order.symbol(), order.exchangeClientId()))
        .exceptionally(e -> new ExchangeOutcome.Unknown(describe(e)))
        .thenComposeAsync(outcome -> afterLookUp(order, attempt, outcome), writer);
  }

  private CompletableFuture<Result<Order>> afterLookUp(Order order, int attempt,
      ExchangeOutcome outcome) {
    Order current = book.current(order);
    if (outcome instanceof ExchangeOutcome.Accepted accepted) {
      return done(book.applyReport(current, accepted.report()));
    }
    if (current.state() != OrderState.UNKNOWN) {
      // a stream event told its fate meanwhile
      return done(current);
    }
    if (outcome instanceof ExchangeOutcome.NotFound
        && !book.clock().instant().isBefore(settleDeadline(current))) {
      return done(book.end(current, new LifecycleEvent.NeverArrived(), "never reached the exchange: "
          + "not found after its request expired (" + settleDeadline(current) + ")"));
    }
    return lookUp(current, attempt + 1);
  }

  /**
   * Writer only: cancels {@code orders} (acknowledged, not conditional, all of {@code symbol},
   * at most {@link ExchangeGateway#MAX_BATCH_CANCELS}) with one request ({@link
   * ExchangeGateway#cancelBatch}); answers one result per order, in order, each reached as
   * {@link #cancel} reaches a single order's.
   */
  List<CompletableFuture<Result<Order>>> cancelBatch(String symbol, List<Order> orders) {
    List<String> clientIds = orders.stream().map(Order::exchangeClientId).toList();
    CompletableFuture<List<ExchangeOutcome>> answers;
    try {
      answers = exchange.cancelBatch(symbol, clientIds);
    } catch (RuntimeException e) {
      answers = CompletableFuture.failedFuture(e);
    }
    CompletableFuture<List<ExchangeOutcome>> outcomes =
        answers.exceptionally(e -> unknownForEach(orders.size(), describe(e)));
    List<CompletableFuture<Result<Order>>> results = new ArrayList<>(orders.size());
    for (int i = 0; i < orders.size(); i++) {
      Order order = orders.get(i);
      int item = i;
      results.add(outcomes.thenComposeAsync(
          each -> onCanceled(order, outcomeAt(each, item, orders.size())), writer));
    }
    return results;
  }

  /** Writer only: cancels {@code order}, which the exchange has acknowledged. */
  CompletableFuture<Result<Order>> cancel(Order order) {
    return exchange.cancel(order.symbol(), order.exchangeClientId())
        .exceptionally(e -> new ExchangeOutcome.Unknown(describe(e)))
        .thenComposeAsync(outcome -> onCanceled(order, outcome), writer);
  }

  private CompletableFuture<Result<Order>> onCanceled(Order order, ExchangeOutcome outcome) {
    return switch (outcome) {
      case ExchangeOutcome.Accepted accepted -> done(book.applyReport(order, accepted.report()));
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
      Order now = book.applyReport(order, accepted.report());
      return now.state() == OrderState.CANCELED ? Result.done(now) : Cancels.alreadyFinal(now);
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
