package io.oes.core.engine;

import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import io.oes.core.port.ExchangeGateway;
import io.oes.core.refusal.Refusal;
import io.oes.core.refusal.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Cancels orders: one, several (together where the exchange allows it), or every open order of
 * a symbol. An order still on its way is canceled once the exchange has acknowledged it; one
 * the book no longer holds is looked up in the store, off the writer. Writer only.
 */
final class Cancels {
  private final AccountBook book;
  private final Submissions submissions;
  private final StoreReads reads;
  private final Writer writer;

  Cancels(AccountBook book, Submissions submissions, StoreReads reads, Writer writer) {
    this.book = book;
    this.submissions = submissions;
    this.reads = reads;
    this.writer = writer;
  }

  /** A cancel's answer for an order that has already ended. */
  static Result<Order> alreadyFinal(Order order) {
    return Result.refused(Refusal.precondition(
        "order " + order.orderId() + " is already " + order.state() + " and cannot be canceled"));
  }

  /** Cancels one order of the account; completes when the exchange answered. */
  CompletableFuture<Result<Order>> cancel(String orderId) {
    Order order = book.live(orderId);
    if (order == null) {
      return notLive(orderId);
    }
    CompletableFuture<Result<Order>> submission = book.inFlight(orderId);
    if (submission != null) {
      // The exchange cannot cancel what it has not acknowledged yet: cancel once it has.
      return submission.thenComposeAsync(settled -> cancel(orderId), writer);
    }
    return submissions.cancel(order);
  }

  /** The answer for an order the book holds no live version of: ended, or not known. */
  private CompletableFuture<Result<Order>> notLive(String orderId) {
    return book.known(orderId)
        .map(ended -> CompletableFuture.completedFuture(alreadyFinal(ended)))
        .orElseGet(() -> reads.byId(orderId).thenComposeAsync(stored -> {
          if (book.live(orderId) != null) {
            return cancel(orderId);
          }
          return CompletableFuture.completedFuture(stored
              .map(found -> alreadyFinal(book.fromStore(found)))
              .orElseGet(() -> Result.refused(Refusal.notFound(
                  "order " + orderId + " not found"))));
        }, writer));
  }

  /**
   * Cancels orders of the account, one result per id, in order, each as {@link #cancel} would
   * answer it. Acknowledged, non-conditional orders go together, per symbol, in requests of at
   * most {@link ExchangeGateway#MAX_BATCH_CANCELS}; a symbol's only one with a single cancel.
   * An id named twice shares the first one's result.
   */
  List<CompletableFuture<Result<Order>>> cancelBatch(List<String> orderIds) {
    List<CompletableFuture<Result<Order>>> results = new ArrayList<>(orderIds.size());
    Map<String, Integer> firstIndex = new HashMap<>();
    Map<String, List<Integer>> togetherBySymbol = new LinkedHashMap<>();
    for (int i = 0; i < orderIds.size(); i++) {
      String orderId = orderIds.get(i);
      Integer first = firstIndex.putIfAbsent(orderId, i);
      results.add(null);
      if (first != null) {
        continue;
      }
      Order order = book.live(orderId);
      if (order != null && cancelableTogether(order)) {
        togetherBySymbol.computeIfAbsent(order.symbol(), symbol -> new ArrayList<>()).add(i);
      } else {
        results.set(i, cancel(orderId));
      }
    }
    togetherBySymbol.forEach((symbol, items) -> {
      for (int from = 0; from < items.size(); from += ExchangeGateway.MAX_BATCH_CANCELS) {
        List<Integer> chunk = items.subList(from,
            Math.min(items.size(), from + ExchangeGateway.MAX_BATCH_CANCELS));
        if (chunk.size() == 1) {
          int item = chunk.getFirst();
          results.set(item, submissions.cancel(book.live(orderIds.get(item))));
          continue;
        }
        List<CompletableFuture<Result<Order>>> canceled = submissions.cancelBatch(symbol,
            chunk.stream().map(item -> book.live(orderIds.get(item))).toList());
        for (int i = 0; i < chunk.size(); i++) {
          results.set(chunk.get(i), canceled.get(i));
        }
      }
    });
    for (int i = 0; i < orderIds.size(); i++) {
      if (results.get(i) == null) {
        results.set(i, results.get(firstIndex.get(orderIds.get(i))));
      }
    }
    return results;
  }

  /**
   * Cancels every open order of the account on {@code symbol}: those the exchange has
   * acknowledged and that are not conditional with one request for the whole symbol (Binance
   * {@code DELETE /fapi/v1/allOpenOrders}), the others one by one. One result per order.
   */
  Map<Order, CompletableFuture<Result<Order>>> cancelAllOn(String symbol) {
    Map<Order, CompletableFuture<Result<Order>>> results = new LinkedHashMap<>();
    List<Order> together = new ArrayList<>();
    for (Order order : book.openOrders(open -> open.symbol().equals(symbol))) {
      if (cancelableTogether(order)) {
        together.add(order);
      } else {
        results.put(order, cancel(order.orderId()));
      }
    }
    if (!together.isEmpty()) {
      results.putAll(submissions.cancelAll(symbol, together));
    }
    return results;
  }

  private boolean cancelableTogether(Order order) {
    return (order.state() == OrderState.SUBMITTED || order.state() == OrderState.PARTIALLY_FILLED)
        && !order.request().type().isConditional() && book.inFlight(order.orderId()) == null;
  }
}
