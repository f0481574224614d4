package io.oes.sim.matching;

import io.oes.sim.margin.MarginCheck;
import io.oes.sim.market.MidPriceWalk;
import io.oes.sim.order.AmendRequest;
import io.oes.sim.order.ExecutionType;
import io.oes.sim.order.ExpiryReason;
import io.oes.sim.order.NewOrder;
import io.oes.sim.order.OrderOrigin;
import io.oes.sim.order.OrderRef;
import io.oes.sim.order.OrderStatus;
import io.oes.sim.order.OrderType;
import io.oes.sim.order.ResponseType;
import io.oes.sim.order.TimeInForce;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.Rejections;
import io.oes.sim.rules.SymbolRules;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The regular orders of one symbol: admission, matching, resting, modify, cancel and expiry.
 * Not thread-safe: every method runs under its {@link SymbolEngine}'s lock.
 */
final class OrderBook {
  private final SymbolRules rules;
  private final EngineContext context;
  private final MidPriceWalk walk;
  private final Liquidity liquidity;
  private final Executions executions;
  private final Admission admission;
  private final MarginCheck margin;
  private final Matcher matcher;
  private final ClientOrderIds clientOrderIds;
  private final OrderRegistry registry;
  private final Consumer<Order> onClosed;
  private long lastOrderId;

  /** @param onClosed told of every order that reaches a final status */
  OrderBook(SymbolRules rules, EngineContext context, MidPriceWalk walk, Liquidity liquidity,
      Executions executions, OrderRegistry registry, ClientOrderIds clientOrderIds,
      Consumer<Order> onClosed) {
    this.rules = rules;
    this.context = context;
    this.walk = walk;
    this.liquidity = liquidity;
    this.executions = executions;
    this.registry = registry;
    this.clientOrderIds = clientOrderIds;
    this.onClosed = onClosed;
    ReduceOnlyGuard guard = new ReduceOnlyGuard(context.accounts(), rules.symbol());
    this.margin = new MarginCheck(context.accounts(), context.marks());
    this.admission = new Admission(rules, context.filters(), guard, margin);
    this.matcher = new Matcher(liquidity, executions, guard, (order, now) -> closed(order));
  }

  Matcher matcher() {
    return matcher;
  }

  /** Accepts and matches a new order, or refuses it without a trace. */
  OrderOutcome place(NewOrder request, OrderOrigin origin, long now) {
    Optional<Rejection> refusal = admission.check(request, registry, liquidity, walk.mid(), now);
    if (refusal.isPresent()) {
      return new OrderOutcome.Refused(refusal.get());
    }
    String clientOrderId = request.clientOrderId().orElseGet(clientOrderIds::next);
    Order order = new Order(request, ++lastOrderId, clientOrderId, origin, now);
    registry.onAccepted(order);
    executions.report(order, ExecutionType.NEW, now);
    var acknowledged = order.snapshot();
    matcher.matchTaker(order, now);
    settleTaker(order, now);
    return new OrderOutcome.Accepted(
        request.responseType() == ResponseType.ACK ? acknowledged : order.snapshot());
  }

  /** Cancels an open order of the account; -2011 when it is unknown or already closed. */
  OrderOutcome cancel(OrderRef ref, long now) {
    Optional<Order> open = registry.find(ref).filter(order -> order.status().isOpen());
    if (open.isEmpty()) {
      return new OrderOutcome.Refused(Rejections.unknownOrderOnCancel());
    }
    cancel(open.get(), now);
    return new OrderOutcome.Accepted(open.get().snapshot());
  }

  /** Cancels every open order of the account and returns how many there were. */
  int cancelAll(long accountId, long now) {
    List<Order> open = registry.openOrders(accountId);
    open.forEach(order -> cancel(order, now));
    return open.size();
  }

  /** Changes price and quantity of a working LIMIT order; it loses its place in the queue. */
  OrderOutcome amend(AmendRequest amendment, long now) {
    Optional<Order> found = registry.find(amendment.ref());
    if (found.isEmpty()) {
      return new OrderOutcome.Refused(Rejections.orderDoesNotExist());
    }
    Order order = found.get();
    Optional<Rejection> refusal = checkAmendment(order, amendment, now);
    if (refusal.isPresent()) {
      return new OrderOutcome.Refused(refusal.get());
    }
    liquidity.resting().remove(order);
    order.amend(amendment.price(), amendment.quantity(), now);
    liquidity.onUserBookChange();
    executions.report(order, ExecutionType.AMENDMENT, now);
    matcher.matchTaker(order, now);
    settleTaker(order, now);
    return new OrderOutcome.Accepted(order.snapshot());
  }

  OrderOutcome query(OrderRef ref) {
    return registry.find(ref)
        .<OrderOutcome>map(order -> new OrderOutcome.Accepted(order.snapshot()))
        .orElseGet(() -> new OrderOutcome.Refused(Rejections.orderDoesNotExist()));
  }

  OrderRegistry registry() {
    return registry;
  }

  /** Expires the resting GTD orders whose date has passed. */
  void expireGoodTillDate(long now) {
    for (Order order : liquidity.resting().all()) {
      if (order.goodTillDateMillis() > 0 && order.goodTillDateMillis() <= now) {
        matcher.expire(order, OrderStatus.EXPIRED, ExpiryReason.GOOD_TILL_DATE, now);
      }
    }
  }

  private Optional<Rejection> checkAmendment(Order order, AmendRequest amendment, long now) {
    if (!order.status().isOpen()) {
      return Optional.of(Rejections.unknownOrderOnCancel());
    }
    if (order.type() != OrderType.LIMIT) {
      return Optional.of(Rejections.modifyOnlyLimit());
    }
    if (amendment.side() != order.side()) {
      return Optional.of(Rejections.invalidParameter("side"));
    }
    if (amendment.price().compareTo(order.price()) == 0
        && amendment.quantity().compareTo(order.quantity()) == 0) {
      return Optional.of(Rejections.nothingToModify());
    }
    if (amendment.quantity().compareTo(order.executedQty()) <= 0) {
      return Optional.of(Rejections.invalidParameter("quantity"));
    }
    NewOrder changed = withPriceAndQuantity(order.request(), amendment);
    return context.filters().check(changed, rules, walk.mid())
        .or(() -> order.timeInForce() == TimeInForce.GTX
            && liquidity.crosses(order.side(), amendment.price())
            ? Optional.of(Rejections.postOnlyWouldTake()) : Optional.empty())
        .or(() -> margin.checkAdded(changed, amendment.price().multiply(
            amendment.quantity().subtract(order.executedQty())).subtract(order.openNotional()),
            walk.mid(), rules.quoteAsset()));
  }

  private static NewOrder withPriceAndQuantity(NewOrder request, AmendRequest amendment) {
    return new NewOrder(request.accountId(), request.symbol(), request.side(), request.type(),
        request.timeInForce(), amendment.quantity(), Optional.of(amendment.price()),
        request.clientOrderId(), request.reduceOnly(), request.responseType(),
        request.goodTillDateMillis(), request.selfTradePreventionMode(), request.priceProtect(),
        request.positionSide());
  }

  /** After matching: a remainder rests (GTC, GTX, GTD limits) or expires (MARKET, IOC, FOK). */
  private void settleTaker(Order order, long now) {
    if (!order.status().isOpen()) {
      return;
    }
    if (order.type() == OrderType.LIMIT && order.timeInForce().restsRemainder()) {
      liquidity.resting().add(order);
      liquidity.onUserBookChange();
      return;
    }
    ExpiryReason reason = order.type() == OrderType.MARKET ? ExpiryReason.MARKET_REMAINDER
        : ExpiryReason.IOC_REMAINDER;
    matcher.expire(order, OrderStatus.EXPIRED, reason, now);
  }

  private void cancel(Order order, long now) {
    order.close(OrderStatus.CANCELED, ExpiryReason.NONE, now);
    executions.report(order, ExecutionType.CANCELED, now);
    closed(order);
  }

  private void closed(Order order) {
    liquidity.resting().remove(order);
    liquidity.onUserBookChange();
    registry.onClosed(order);
    onClosed.accept(order);
  }
}
