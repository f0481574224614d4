package io.oes.core.engine;

import io.oes.core.order.Order;
import io.oes.core.order.OrderIds;
import io.oes.core.order.OrderRequest;
import io.oes.core.order.OrderType;
import io.oes.core.port.ExchangeGateway;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.port.ExchangeTerms;
import io.oes.core.port.ExecutionReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Brings oes's view of an account in line with the exchange's: restores the store's open
 * orders (after a restart), matches every order the exchange lists as open (plain and
 * conditional) to its intent by the client order id, and asks the exchange about every order
 * oes holds open that it does not list. Every correction goes through the feed like any
 * change.
 *
 * <p>Since every intent is committed before its request leaves, an order carrying oes's prefix
 * is normally found in the store, with its user and client order id — even one oes settled as
 * never having reached the exchange, which the exchange's word then revives. An order with
 * the prefix that the store does not know (sent by an older version that journaled after
 * sending) is adopted under a new id with its exchange client id as client order id.
 */
final class Reconciler {
  private static final System.Logger LOG = System.getLogger(Reconciler.class.getName());

  private final AccountBook book;
  private final Submissions submissions;
  private final ExchangeGateway exchange;
  private final StoreReads reads;
  private final Writer writer;
  private final OrderIds ids;
  /** Written by whichever thread completes a reconciliation; they never overlap. */
  private volatile boolean firstRun = true;

  Reconciler(AccountBook book, Submissions submissions, ExchangeGateway exchange,
      StoreReads reads, Writer writer, OrderIds ids) {
    this.book = book;
    this.submissions = submissions;
    this.exchange = exchange;
    this.reads = reads;
    this.writer = writer;
    this.ids = ids;
  }

  /**
   * Runs one reconciliation; completes when every order has been compared. Then, in the
   * background, fetches the trades of recent orders the exchange reported filled whose fills
   * never arrived.
   */
  CompletableFuture<Reconciliation> reconcile() {
    CompletableFuture<Reconciliation> compared = reads.open()
        .thenAcceptAsync(open -> open.forEach(book::fromStore), writer)
        .thenCompose(restored -> exchange.openOrders())
        .thenComposeAsync(this::readUnheld, writer)
        .thenComposeAsync(this::compare, writer);
    compared.thenRun(this::catchUpMissingFills);
    return compared;
  }

  /**
   * Orders filled (in part) on the exchange whose trades oes never received — the gateway
   * stopped, or the stream had a gap, after the exchange's answer: their trades are fetched
   * and applied once each. At start it looks a day back, later only as far as a stream gap can
   * reach. The store is read on a thread of its own, never on the writer.
   */
  private void catchUpMissingFills() {
    Duration window = firstRun ? Duration.ofDays(1) : Duration.ofMinutes(10);
    firstRun = false;
    Instant since = book.clock().instant().minus(window);
    reads.withMissingFills(since)
        .thenAcceptAsync(orders -> orders.forEach(
            stored -> catchUpFills(book.fromStore(stored))), writer)
        .exceptionally(error -> {
          LOG.log(System.Logger.Level.WARNING, "orders with missing fills of account "
              + book.accountId() + " not read: " + error.getMessage());
          return null;
        });
  }

  /**
   * Writer only: reads from the store, off the writer, the orders with oes's prefix the exchange
   * lists as open that the book does not hold (ended long ago, yet the exchange has them; or
   * never recorded), and takes those it has into the book; completes with the list.
   */
  private CompletableFuture<List<ExecutionReport>> readUnheld(List<ExecutionReport> listed) {
    List<CompletableFuture<Void>> reading = new ArrayList<>();
    for (ExecutionReport report : listed) {
      String clientId = report.exchangeClientId();
      if (book.isOurs(clientId) && book.byExchangeClientId(clientId).isEmpty()) {
        reading.add(reads.byExchangeClientId(clientId)
            .thenAcceptAsync(stored -> stored.ifPresent(book::fromStore), writer));
      }
    }
    return CompletableFuture.allOf(reading.toArray(CompletableFuture[]::new))
        .thenApply(done -> listed);
  }

  /**
   * Writer only: asks the exchange for the trades of {@code order} and applies those oes has
   * not seen, each as a fill with its fee and liquidity. For fills the push channel missed.
   */
  private void catchUpFills(Order order) {
    if (order.exchangeOrderId() == null) {
      return;
    }
    exchange.orderTrades(order.symbol(), order.exchangeOrderId())
        .thenAcceptAsync(trades -> trades.forEach(trade -> book.applyTrade(order, trade)), writer)
        .exceptionally(error -> {
          LOG.log(System.Logger.Level.WARNING, "trades of order " + order.orderId()
              + " could not be fetched: " + error.getMessage());
          return null;
        });
  }

  private CompletableFuture<Reconciliation> compare(List<ExecutionReport> openOnExchange) {
    Set<String> openIds = new HashSet<>();
    int adopted = 0;
    int corrected = 0;
    for (ExecutionReport report : openOnExchange) {
      String clientId = report.exchangeClientId();
      if (!book.isOurs(clientId)) {
        continue;
      }
      Optional<Order> mine = book.byExchangeClientId(clientId);
      if (mine.isEmpty()) {
        Optional<Order> adoptedOrder = adoptUnrecorded(report);
        adoptedOrder.ifPresent(order -> openIds.add(order.orderId()));
        adopted += adoptedOrder.isPresent() ? 1 : 0;
        continue;
      }
      Order before = mine.get();
      openIds.add(before.orderId());
      if (before.state().isFinal() && before.exchangeOrderId() != null) {
        // the list was taken before oes learned how it ended: oes's view is the newer one
        continue;
      }
      boolean wasLive = book.live(before.orderId()) != null;
      Order after = retermIfAmended(book.applyReport(before, report), report);
      corrected += after != before ? 1 : 0;
      adopted += !wasLive && after.state().isOpen() ? 1 : 0;
      catchUpFillsIfGrown(before, after);
    }
    Reconciliation found = new Reconciliation(adopted, corrected, openOnExchange.size());
    List<CompletableFuture<Reconciliation>> queries = new ArrayList<>();
    for (Order order : book.openOrders(o -> !openIds.contains(o.orderId()))) {
      if (book.inFlight(order.orderId()) == null) {
        queries.add(settleMissing(order));
      }
    }
    return CompletableFuture.allOf(queries.toArray(CompletableFuture[]::new))
        .thenApply(all -> queries.stream().map(CompletableFuture::join)
            .reduce(found, Reconciliation::plus));
  }

  /**
   * An order oes holds open that the exchange does not list as open: ask what became of it.
   * One the exchange has never acknowledged and does not know either is looked up until its
   * request can no longer arrive (the gateway may have stopped just after sending it).
   */
  private CompletableFuture<Reconciliation> settleMissing(Order order) {
    return exchange.query(order.symbol(), order.exchangeClientId())
        .exceptionally(e -> new ExchangeOutcome.Unknown(e.getMessage()))
        .thenApplyAsync(outcome -> switch (outcome) {
          case ExchangeOutcome.Accepted accepted -> {
            Order after = book.applyReport(order, accepted.report());
            catchUpFillsIfGrown(order, after);
            yield changed(order, after);
          }
          case ExchangeOutcome.NotFound notFound when order.exchangeOrderId() == null -> {
            submissions.lookUpUnsettled(order, "not found on the exchange during reconciliation");
            yield new Reconciliation(0, 0, 1);
          }
          default -> new Reconciliation(0, 0, 1);
        }, writer);
  }

  /** An open LIMIT order amended on the exchange while oes was not listening takes its terms. */
  private Order retermIfAmended(Order order, ExecutionReport report) {
    ExchangeTerms terms = report.terms();
    OrderType type = order.request().type();
    if (terms == null || !order.state().isOpen()
        || (type != OrderType.LIMIT && type != OrderType.POST_ONLY)
        || terms.price() == null || terms.quantity() == null) {
      return order;
    }
    OrderRequest held = order.request();
    if (held.price().compareTo(terms.price()) == 0
        && held.quantity().compareTo(terms.quantity()) == 0) {
      return order;
    }
    Order amended = book.amend(order, order.withRequest(
        held.withTerms(terms.quantity(), terms.price()), book.clock().instant()));
    LOG.log(System.Logger.Level.WARNING, "order " + order.orderId() + " was amended on the "
        + "exchange to " + terms.quantity().toPlainString() + "@" + terms.price().toPlainString()
        + " while oes was not listening; taken over");
    return amended;
  }

  /** Fills found by a resync came without their trades: fetch those for fees and liquidity. */
  private void catchUpFillsIfGrown(Order before, Order after) {
    if (after.filledQuantity().compareTo(before.filledQuantity()) > 0) {
      catchUpFills(after);
    }
  }

  private static Reconciliation changed(Order before, Order after) {
    return new Reconciliation(0, after != before ? 1 : 0, 1);
  }

  /**
   * Adopts an order with oes's prefix that the store has no intent for, under a new order id;
   * its exchange client id stands in for the client order id, and it has no user.
   */
  private Optional<Order> adoptUnrecorded(ExecutionReport report) {
    ExchangeTerms terms = report.terms();
    if (terms == null) {
      LOG.log(System.Logger.Level.WARNING, "cannot adopt order " + report.exchangeClientId()
          + ": the exchange's answer does not carry its terms");
      return Optional.empty();
    }
    OrderRequest request = new OrderRequest("", report.exchangeClientId(), report.symbol(),
        terms.side(), terms.type(), terms.timeInForce(), terms.quantity(), terms.price(),
        terms.stopPrice(), terms.reduceOnly(), false);
    Order adopted = Order.unrecorded(ids.next(), book.accountId(), request,
        report.exchangeClientId(), report.updateTime());
    book.adopt(adopted);
    book.applyReport(adopted, report);
    LOG.log(System.Logger.Level.WARNING, "adopted order " + report.exchangeClientId()
        + " found open on the exchange with no intent in the store, as order "
        + adopted.orderId());
    return Optional.of(adopted);
  }
}
