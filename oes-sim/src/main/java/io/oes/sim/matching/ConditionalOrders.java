package io.oes.sim.matching;

import io.oes.sim.algo.AlgoOrderRequest;
import io.oes.sim.algo.AlgoSnapshot;
import io.oes.sim.algo.AlgoStatus;
import io.oes.sim.order.NewOrder;
import io.oes.sim.order.OrderOrigin;
import io.oes.sim.order.OrderType;
import io.oes.sim.order.ResponseType;
import io.oes.sim.order.TimeInForce;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.Rejections;
import io.oes.sim.rules.SymbolRules;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conditional (algo) orders of one symbol. Each waits for the mark price to reach its trigger
 * and then releases a regular LIMIT or MARKET order into the book; one that would fire at once is
 * refused with -2021. Not thread-safe: every method runs under its engine's lock.
 */
final class ConditionalOrders {
  private final SymbolRules rules;
  private final EngineContext context;
  private final ClientOrderIds clientIds;
  private final ReduceOnlyGuard positions;
  private final Map<Long, AlgoOrder> byAlgoId = new LinkedHashMap<>();
  private final Map<Long, AlgoOrder> byReleasedOrderId = new LinkedHashMap<>();
  private long lastAlgoId;

  ConditionalOrders(SymbolRules rules, EngineContext context, ClientOrderIds clientIds) {
    this.rules = rules;
    this.context = context;
    this.clientIds = clientIds;
    this.positions = new ReduceOnlyGuard(context.accounts(), rules.symbol());
  }

  AlgoOutcome place(AlgoOrderRequest request, BigDecimal markPrice, long now) {
    Optional<Rejection> refusal = check(request, markPrice);
    if (refusal.isPresent()) {
      return new AlgoOutcome.Refused(refusal.get());
    }
    String clientAlgoId = request.clientAlgoId().orElseGet(clientIds::next);
    AlgoOrder algo = new AlgoOrder(++lastAlgoId, clientAlgoId, request, now);
    byAlgoId.put(algo.algoId(), algo);
    report(algo, now);
    return new AlgoOutcome.Accepted(algo.snapshot());
  }

  AlgoOutcome cancel(long accountId, Optional<Long> algoId, Optional<String> clientAlgoId,
      long now) {
    Optional<AlgoOrder> open = find(accountId, algoId, clientAlgoId)
        .filter(algo -> algo.status().isOpen());
    if (open.isEmpty()) {
      return new AlgoOutcome.Refused(Rejections.unknownOrderOnCancel());
    }
    open.get().moveTo(AlgoStatus.CANCELED, now);
    report(open.get(), now);
    return new AlgoOutcome.Accepted(open.get().snapshot());
  }

  int cancelAll(long accountId, long now) {
    List<AlgoOrder> open = openOf(accountId);
    open.forEach(algo -> {
      algo.moveTo(AlgoStatus.CANCELED, now);
      report(algo, now);
    });
    return open.size();
  }

  AlgoOutcome query(long accountId, Optional<Long> algoId, Optional<String> clientAlgoId) {
    return find(accountId, algoId, clientAlgoId)
        .<AlgoOutcome>map(algo -> new AlgoOutcome.Accepted(algo.snapshot()))
        .orElseGet(() -> new AlgoOutcome.Refused(Rejections.unknownAlgoOrder()));
  }

  List<AlgoSnapshot> open(long accountId) {
    return openOf(accountId).stream().map(AlgoOrder::snapshot).toList();
  }

  List<AlgoSnapshot> all(long accountId) {
    return byAlgoId.values().stream().filter(algo -> algo.request().accountId() == accountId)
        .sorted(Comparator.comparingLong(AlgoOrder::algoId)).map(AlgoOrder::snapshot).toList();
  }

  /** Releases every waiting order whose trigger the mark price has reached. */
  void trigger(BigDecimal markPrice, OrderBook book, long now) {
    List<AlgoOrder> fired = byAlgoId.values().stream()
        .filter(algo -> algo.status().isOpen() && algo.request().triggersAt(markPrice))
        .toList();
    fired.forEach(algo -> release(algo, book, now));
  }

  /** A released order reached its final status: its conditional order is finished. */
  void onReleasedClosed(long orderId, long now) {
    AlgoOrder algo = byReleasedOrderId.remove(orderId);
    if (algo != null && algo.status() == AlgoStatus.TRIGGERED) {
      algo.moveTo(AlgoStatus.FINISHED, now);
      report(algo, now);
    }
  }

  private void release(AlgoOrder algo, OrderBook book, long now) {
    AlgoOrderRequest request = algo.request();
    BigDecimal quantity = request.closePosition()
        ? positions.reducible(request.accountId(), request.side(), request.positionSide())
        : request.quantity().orElseThrow();
    if (quantity.signum() == 0) {
      algo.moveTo(AlgoStatus.EXPIRED, now);
      report(algo, now);
      return;
    }
    OrderOrigin origin = new OrderOrigin(request.type(), request.triggerPrice(),
        request.workingType(), request.closePosition());
    OrderOutcome outcome = book.place(released(request, algo, quantity, book), origin, now);
    if (outcome instanceof OrderOutcome.Accepted accepted) {
      long orderId = accepted.order().orderId();
      // The released order answers with RESULT: its status after its immediate matching.
      boolean open = accepted.order().status().isOpen();
      if (open) {
        byReleasedOrderId.put(orderId, algo);
      }
      algo.onTriggered(orderId, open ? AlgoStatus.TRIGGERED : AlgoStatus.FINISHED, now);
    } else {
      algo.moveTo(AlgoStatus.REJECTED, now);
    }
    report(algo, now);
  }

  private NewOrder released(AlgoOrderRequest request, AlgoOrder algo, BigDecimal quantity,
      OrderBook book) {
    OrderType type = request.releasedType();
    boolean idFree = !book.registry().hasOpenClientOrderId(request.accountId(),
        algo.clientAlgoId());
    return new NewOrder(request.accountId(), request.symbol(), request.side(), type,
        type == OrderType.LIMIT ? request.timeInForce() : TimeInForce.GTC, quantity,
        type == OrderType.LIMIT ? request.price() : Optional.empty(),
        idFree ? Optional.of(algo.clientAlgoId()) : Optional.empty(),
        request.reduceOnly() || request.closePosition(), ResponseType.RESULT,
        request.goodTillDateMillis(), request.selfTradePreventionMode(), request.priceProtect(),
        request.positionSide());
  }

  private Optional<Rejection> check(AlgoOrderRequest request, BigDecimal markPrice) {
    boolean duplicated = request.clientAlgoId().map(id -> openOf(request.accountId()).stream()
        .anyMatch(algo -> algo.clientAlgoId().equals(id))).orElse(false);
    if (duplicated) {
      return Optional.of(Rejections.duplicatedClientOrderId());
    }
    if (openOf(request.accountId()).size() >= rules.maxNumAlgoOrders()) {
      return Optional.of(Rejection.badRequest(-4045, "Reach max stop order limit."));
    }
    if (request.triggersAt(markPrice)) {
      return Optional.of(Rejections.wouldImmediatelyTrigger());
    }
    if (request.closePosition()) {
      return Optional.empty();
    }
    NewOrder asReleased = new NewOrder(request.accountId(), request.symbol(), request.side(),
        request.releasedType(), request.timeInForce(), request.quantity().orElseThrow(),
        request.releasedType() == OrderType.LIMIT ? request.price() : Optional.empty(),
        Optional.empty(), request.reduceOnly(), ResponseType.ACK, 0, "NONE", false,
        request.positionSide());
    return context.filters().check(asReleased, rules, request.triggerPrice());
  }

  private Optional<AlgoOrder> find(long accountId, Optional<Long> algoId,
      Optional<String> clientAlgoId) {
    Optional<AlgoOrder> found = algoId.isPresent()
        ? Optional.ofNullable(byAlgoId.get(algoId.get()))
        : byAlgoId.values().stream().filter(algo -> algo.request().accountId() == accountId)
            .filter(algo -> clientAlgoId.orElse("").equals(algo.clientAlgoId()))
            .reduce((older, newer) -> newer);
    return found.filter(algo -> algo.request().accountId() == accountId);
  }

  private List<AlgoOrder> openOf(long accountId) {
    return byAlgoId.values().stream()
        .filter(algo -> algo.request().accountId() == accountId && algo.status().isOpen())
        .toList();
  }

  private void report(AlgoOrder algo, long now) {
    context.listener().onAlgoUpdate(algo.request().accountId(), algo.snapshot(), now);
  }
}
