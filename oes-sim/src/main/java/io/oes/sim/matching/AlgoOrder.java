package io.oes.sim.matching;

import io.oes.sim.algo.AlgoOrderRequest;
import io.oes.sim.algo.AlgoSnapshot;
import io.oes.sim.algo.AlgoStatus;

/** A conditional order on the simulator. Not thread-safe: owned by its symbol's engine. */
final class AlgoOrder {
  private final long algoId;
  private final String clientAlgoId;
  private final AlgoOrderRequest request;
  private final long createTimeMillis;
  private AlgoStatus status = AlgoStatus.NEW;
  private long releasedOrderId;
  private long updateTimeMillis;
  private long triggerTimeMillis;

  AlgoOrder(long algoId, String clientAlgoId, AlgoOrderRequest request, long nowMillis) {
    this.algoId = algoId;
    this.clientAlgoId = clientAlgoId;
    this.request = request;
    this.createTimeMillis = nowMillis;
    this.updateTimeMillis = nowMillis;
  }

  long algoId() {
    return algoId;
  }

  String clientAlgoId() {
    return clientAlgoId;
  }

  AlgoOrderRequest request() {
    return request;
  }

  AlgoStatus status() {
    return status;
  }

  long releasedOrderId() {
    return releasedOrderId;
  }

  void onTriggered(long orderId, AlgoStatus newStatus, long nowMillis) {
    releasedOrderId = orderId;
    triggerTimeMillis = nowMillis;
    moveTo(newStatus, nowMillis);
  }

  void moveTo(AlgoStatus newStatus, long nowMillis) {
    status = newStatus;
    updateTimeMillis = nowMillis;
  }

  AlgoSnapshot snapshot() {
    return new AlgoSnapshot(algoId, clientAlgoId, request, status, releasedOrderId,
        createTimeMillis, updateTimeMillis, triggerTimeMillis);
  }
}
