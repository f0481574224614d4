package io.oes.core.engine;

import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.OrderFeed;
import io.oes.core.lifecycle.IllegalTransitionException;
import io.oes.core.lifecycle.LifecycleEvent;
import io.oes.core.lifecycle.OrderLifecycle;
import io.oes.core.lifecycle.ReportApplier;
import io.oes.core.lifecycle.Transition;
import io.oes.core.order.Fill;
import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import io.oes.core.port.ExecutionReport;
import io.oes.core.port.TradeFill;
import io.oes.core.refusal.Result;
import io.oes.core.risk.RiskEngine;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The state of one account's orders, as the engine holds it: live orders, lately ended ones,
 * client order ids, applied trades, submissions in flight. Only the account's writer reads or
 * changes it (the live orders excepted: anyone may read those), and it never does I/O: what it
 * does not hold, a handler reads from the store first ({@link StoreReads}) and hands in ({@link
 * #fromStore}).
 *
 * <p>Every change of an order goes through {@link #record}, which checks it against the
 * lifecycle table, keeps the risk engine's view of open orders, and hands the change to the
 * feed.
 */
final class AccountBook {
  private final String accountId;
  private final String clientIdPrefix;
  private final OrderFeed feed;
  private final RiskEngine risk;
  private final InstantSource clock;

  /** Live orders by order id; written by the writer, read by anyone. */
  private final Map<String, Order> live = new ConcurrentHashMap<>();
  /** Order id of every live or recent order by the client order id the exchange knows it by. */
  private final Map<String, String> byExchangeClientId = new HashMap<>();
  private final FillLedger fills = new FillLedger();
  /** Ended orders keep their trades and client order id until they leave the recent ones. */
  private final RecentOrders recent = new RecentOrders(this::onNoLongerRecent);
  private final ClientIds clientIds =
      new ClientIds(id -> known(id).map(Order::userId).orElse(null));
  private final Map<String, CompletableFuture<Result<Order>>> inFlight = new HashMap<>();
  private final AwaitedEvents awaited = new AwaitedEvents();
  /** Orders admitted whose intent is not committed yet, so not handed to the exchange. */
  private int awaitingSend;

  AccountBook(String accountId, String clientIdPrefix, OrderFeed feed, RiskEngine risk,
      InstantSource clock) {
    this.accountId = accountId;
    this.clientIdPrefix = clientIdPrefix;
    this.feed = feed;
    this.risk = risk;
    this.clock = clock;
  }

  private void onNoLongerRecent(Order order) {
    fills.forget(order.orderId());
    clientIds.forget(order);
    byExchangeClientId.remove(order.exchangeClientId(), order.orderId());
  }

  String accountId() {
    return accountId;
  }

  InstantSource clock() {
    return clock;
  }

  ClientIds clientIds() {
    return clientIds;
  }

  AwaitedEvents awaited() {
    return awaited;
  }

  // ---- what the book holds

  /** The live order, or null; any thread. */
  Order live(String orderId) {
    return live.get(orderId);
  }

  /** Live orders matching {@code filter}, as they stand now; any thread. */
  List<Order> openOrders(Predicate<Order> filter) {
    return live.values().stream().filter(filter).toList();
  }

  /** The order as the book holds it, live or lately ended; empty if the store must answer. */
  Optional<Order> known(String orderId) {
    Order order = live.get(orderId);
    return order != null ? Optional.of(order) : recent.find(orderId);
  }

  /** The book's version of {@code order}; {@code order} itself when the book has none. */
  Order current(Order order) {
    return known(order.orderId()).orElse(order);
  }

  /** Whether an exchange client id carries this gateway's prefix: the order may be oes's. */
  boolean isOurs(String exchangeClientId) {
    return exchangeClientId != null && exchangeClientId.startsWith(clientIdPrefix);
  }

  /**
   * The live or recent order the exchange knows as {@code exchangeClientId}; empty: ask the
   * store.
   */
  Optional<Order> byExchangeClientId(String exchangeClientId) {
    String orderId = byExchangeClientId.get(exchangeClientId);
    return orderId == null ? Optional.empty() : known(orderId);
  }

  /**
   * Takes an order read from the store into the book (an open one under management, an ended
   * one among the recent), with its recorded trades; returns the book's version, which is the
   * newer one if the book got the order meanwhile.
   */
  Order fromStore(StoredOrder stored) {
    Order order = stored.order();
    Optional<Order> known = known(order.orderId());
    if (known.isPresent()) {
      return known.get();
    }
    fills.know(order.orderId(), stored.tradeIds());
    if (order.state().isOpen()) {
      takeOpen(order);
    } else {
      recent.add(order);
      clientIds.remember(order);
      byExchangeClientId.put(order.exchangeClientId(), order.orderId());
    }
    return order;
  }

  private void takeOpen(Order order) {
    risk.onOrderChanged(null, order);
    live.put(order.orderId(), order);
    byExchangeClientId.put(order.exchangeClientId(), order.orderId());
    clientIds.remember(order);
  }

  /**
   * Takes an open order the store does not hold under management: one adopted from the
   * exchange, with no trades yet.
   */
  void adopt(Order order) {
    if (!live.containsKey(order.orderId())) {
      fills.know(order.orderId(), List.of());
      takeOpen(order);
    }
  }

  // ---- submissions in flight

  /** Until {@code settlement} completes ({@link #landed}), the order counts as in flight. */
  void track(String orderId, CompletableFuture<Result<Order>> settlement) {
    inFlight.put(orderId, settlement);
  }

  void landed(String orderId, CompletableFuture<Result<Order>> settlement) {
    inFlight.remove(orderId, settlement);
  }

  /** The submission of {@code orderId} if its outcome is not settled yet, else null. */
  CompletableFuture<Result<Order>> inFlight(String orderId) {
    CompletableFuture<Result<Order>> settlement = inFlight.get(orderId);
    // settled, and its removal not yet run on the writer: no longer in flight
    return settlement == null || settlement.isDone() ? null : settlement;
  }

  int awaitingSend() {
    return awaitingSend;
  }

  void awaitSend(int orders) {
    awaitingSend += orders;
  }

  // ---- changes

  /** Journals a freshly admitted order's intent; returns its sequence. */
  long admit(Order order) {
    fills.know(order.orderId(), List.of());
    return record(null, new LifecycleEvent.Admitted(), order, null);
  }

  /** Applies an exchange report to the order; returns the order as it now is. */
  Order applyReport(Order order, ExecutionReport report) {
    Order current = current(order);
    Optional<Transition> change = ReportApplier.apply(current, report, clock.instant());
    Optional<Fill> fill = fills.admit(current, report.lastFill());
    if (change.isEmpty() && fill.isEmpty()) {
      return current;
    }
    Order next = change.map(Transition::order).orElse(current);
    if (fill.isPresent()) {
      next = next.withFeeAdded(fill.get().fee(), fill.get().feeAsset());
    }
    LifecycleEvent event = change.map(Transition::event)
        .orElseGet(LifecycleEvent.TradeApplied::new);
    record(current, event, next, fill.orElse(null));
    return next;
  }

  /**
   * Applies {@code report} with those of {@code trades} (the order's trades on the exchange)
   * oes has not seen: each earlier one as a fill of its own, the newest with the report's
   * change, so that the change that fills the order carries the fill that did.
   */
  Order applyReport(Order order, ExecutionReport report, List<TradeFill> trades) {
    List<TradeFill> byTime = trades.stream().sorted(Comparator.comparing(TradeFill::time)).toList();
    if (byTime.isEmpty()) {
      return applyReport(order, report);
    }
    byTime.subList(0, byTime.size() - 1).forEach(trade -> applyTrade(order, trade));
    return applyReport(order, new ExecutionReport(report.exchangeOrderId(),
        report.exchangeClientId(), report.symbol(), report.state(), report.executedQuantity(),
        report.averagePrice(), report.reason(), report.updateTime(), byTime.getLast(),
        report.terms()));
  }

  /** Applies one trade of the order, once: its fill and fee, no change of state. */
  void applyTrade(Order order, TradeFill trade) {
    Order current = current(order);
    fills.admit(current, trade).ifPresent(fill -> record(current,
        new LifecycleEvent.TradeApplied(), current.withFeeAdded(fill.fee(), fill.feeAsset()),
        fill));
  }

  /**
   * Ends an order that never traded by oes's own word ({@code event}: not sent, never arrived,
   * or the exchange's refusal), with the reason; an order already final stays as it is.
   */
  Order end(Order order, LifecycleEvent event, String reason) {
    Order current = current(order);
    if (current.state().isFinal()) {
      return current;
    }
    Order next = current.withState(OrderLifecycle.next(current.orderId(), current.state(), event),
        clock.instant()).withRejectReason(reason);
    record(current, event, next, null);
    return next;
  }

  /** The order is sent but its outcome is not known; says why. */
  Order markUnknown(Order order, String reason) {
    Order current = current(order);
    if (current.state() == OrderState.UNKNOWN) {
      return current;
    }
    LifecycleEvent lost = new LifecycleEvent.OutcomeLost();
    Order next = current.withState(OrderLifecycle.next(current.orderId(), current.state(), lost),
        clock.instant()).withRejectReason(reason);
    record(current, lost, next, null);
    return next;
  }

  /** The exchange took new terms for the open order: it becomes {@code amended}. */
  Order amend(Order order, Order amended) {
    record(current(order), new LifecycleEvent.Amended(), amended, null);
    return amended;
  }

  /**
   * Makes {@code next}, the order after {@code event} happened to {@code from} (null for a new
   * order), the current state and hands the change to the feed; returns its journal sequence.
   *
   * @throws IllegalTransitionException if the lifecycle table does not lead {@code event} from
   *     {@code from}'s state to {@code next}'s
   */
  private long record(Order from, LifecycleEvent event, Order next, Fill fill) {
    if (OrderLifecycle.next(next.orderId(), from == null ? null : from.state(), event)
        != next.state()) {
      throw new IllegalTransitionException(next.orderId(), from == null ? null : from.state(),
          next.state(), event);
    }
    Order before = known(next.orderId()).orElse(from);
    if (event instanceof LifecycleEvent.ReportedLate) {
      // settled by oes alone, and the exchange has it after all: it counts again
      if (next.state().isOpen()) {
        risk.onOrderChanged(null, next);
        clientIds.remember(next);
      }
    } else if (before == null || before.state().isOpen()) {
      // a late fee on a finished order changes no exposure
      risk.onOrderChanged(before, next);
      if (before == null) {
        clientIds.remember(next);
      }
    }
    byExchangeClientId.put(next.exchangeClientId(), next.orderId());
    if (next.state().isFinal()) {
      live.remove(next.orderId());
      recent.add(next);
    } else {
      live.put(next.orderId(), next);
    }
    long sequence = feed.emit(new OrderEvent(0, next,
        OrderLifecycle.updateType(event, next.state()), fill, next.updatedAt())).sequence();
    awaited.onRecorded(next);
    return sequence;
  }
}
