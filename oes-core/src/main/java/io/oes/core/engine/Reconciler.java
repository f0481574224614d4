package io.oes.core.engine;

import io.oes.core.order.Order;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderState;
import io.oes.core.port.ExchangeGateway;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.port.ExchangeTerms;
import io.oes.core.port.ExecutionReport;
import io.oes.core.port.OrderStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Brings oes's view of an account in line with the exchange's: restores the store's open
 * orders (after a restart), adopts orders that carry oes's client-id prefix but that oes never
 * recorded (it died between sending and recording), and asks the exchange about every open
 * order it does not list as open. Every correction goes through the feed like any change.
 */
final class Reconciler {
  private static final System.Logger LOG = System.getLogger(Reconciler.class.getName());

  private final AccountEngine engine;
  private final ExchangeGateway exchange;
  private final OrderStore store;
  private final Writer writer;
  private final String prefix;

  Reconciler(AccountEngine engine, ExchangeGateway exchange, OrderStore store, Writer writer,
      EngineSettings settings) {
    this.engine = engine;
    this.exchange = exchange;
    this.store = store;
    this.writer = writer;
    this.prefix = settings.clientIdPrefix();
  }

  /** Runs one reconciliation; completes when every order has been compared. */
  CompletableFuture<Reconciliation> reconcile() {
    return CompletableFuture.runAsync(this::restoreFromStore, writer)
        .thenCompose(restored -> exchange.openOrders())
        .thenComposeAsync(this::compare, writer);
  }

  private void restoreFromStore() {
    for (Order order : store.findOpen(engine.accountId())) {
      engine.restore(order);
    }
  }

  private CompletableFuture<Reconciliation> compare(List<ExecutionReport> openOnExchange) {
    Set<String> openIds = new HashSet<>();
    int adopted = 0;
    int corrected = 0;
    for (ExecutionReport report : openOnExchange) {
      String clientId = report.exchangeClientId();
      if (clientId == null || !clientId.startsWith(prefix)) {
        continue;
      }
      String orderId = clientId.substring(prefix.length());
      openIds.add(orderId);
      Order live = engine.live(orderId);
      if (live == null) {
        adopted += adoptUnknown(orderId, report) ? 1 : 0;
      } else {
        Order after = engine.applyReport(live, report);
        corrected += after != live ? 1 : 0;
        catchUpFillsIfGrown(live, after);
      }
    }
    Reconciliation found = new Reconciliation(adopted, corrected, openOnExchange.size());
    List<CompletableFuture<Reconciliation>> queries = new ArrayList<>();
    for (Order order : engine.openOrders(o -> !openIds.contains(o.orderId()))) {
      if (!engine.isInFlight(order.orderId())) {
        queries.add(settleMissing(order));
      }
    }
    return CompletableFuture.allOf(queries.toArray(CompletableFuture[]::new))
        .thenApply(all -> queries.stream().map(CompletableFuture::join)
            .reduce(found, Reconciliation::plus));
  }

  /** An order oes holds open that the exchange does not list as open: ask what became of it. */
  private CompletableFuture<Reconciliation> settleMissing(Order order) {
    return exchange.query(order.symbol(), order.exchangeClientId())
        .exceptionally(e -> new ExchangeOutcome.Unknown(e.getMessage()))
        .thenApplyAsync(outcome -> switch (outcome) {
          case ExchangeOutcome.Accepted accepted -> {
            Order after = engine.applyReport(order, accepted.report());
            catchUpFillsIfGrown(order, after);
            yield changed(order, after);
          }
          case ExchangeOutcome.NotFound notFound when order.exchangeOrderId() == null ->
              changed(order, engine.finish(order, OrderState.REJECTED,
                  "never reached the exchange (not found during reconciliation)"));
          default -> new Reconciliation(0, 0, 1);
        }, writer);
  }

  /** Fills found by a resync came without their trades: fetch those for fees and liquidity. */
  private void catchUpFillsIfGrown(Order before, Order after) {
    if (after.filledQuantity().compareTo(before.filledQuantity()) > 0) {
      engine.catchUpFills(after);
    }
  }

  private static Reconciliation changed(Order before, Order after) {
    return new Reconciliation(0, after != before ? 1 : 0, 1);
  }

  /**
   * Adopts an order open on the exchange that oes does not hold open. One that oes knows as
   * finished after the exchange acknowledged it is not adopted again: the list was taken before
   * oes learned how it ended (a stream event overtook it), and oes's view is the newer one. One
   * that oes gave up as never acknowledged did reach the exchange after all: it is taken back
   * under management with its own request, so its owner, the dead-man switch and cancels reach it.
   */
  private boolean adoptUnknown(String orderId, ExecutionReport report) {
    Optional<Order> known = engine.known(orderId);
    if (known.isPresent() && known.get().exchangeOrderId() != null) {
      return false;
    }
    if (known.isPresent()) {
      LOG.log(System.Logger.Level.WARNING, "order " + orderId + ", held " + known.get().state()
          + " as never acknowledged, is open on the exchange; taking it back");
    }
    return adopt(orderId, report, known.map(Order::request));
  }

  private boolean adopt(String orderId, ExecutionReport report, Optional<OrderRequest> known) {
    ExchangeTerms terms = report.terms();
    if (known.isEmpty() && terms == null) {
      LOG.log(System.Logger.Level.WARNING, "cannot adopt order " + orderId
          + ": the exchange's answer does not carry its terms");
      return false;
    }
    OrderRequest request = known.orElseGet(() -> new OrderRequest("", orderId, report.symbol(),
        terms.side(), terms.type(), terms.timeInForce(), terms.quantity(), terms.price(),
        terms.stopPrice(), terms.reduceOnly(), false));
    Order adopted = Order.accepted(orderId, engine.accountId(), request, prefix,
        report.updateTime());
    engine.restore(adopted);
    engine.applyReport(adopted, report);
    LOG.log(System.Logger.Level.WARNING, "adopted order " + orderId
        + " found open on the exchange but unknown to oes");
    return true;
  }
}
