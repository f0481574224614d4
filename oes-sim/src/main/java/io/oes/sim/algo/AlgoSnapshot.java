package io.oes.sim.algo;

/**
 * A conditional order at one moment, safe to hand to any thread.
 *
 * @param algoId the simulator's id, increasing per symbol
 * @param status where the order stands
 * @param releasedOrderId the id of the regular order released on trigger, 0 before
 * @param createTimeMillis when it was accepted
 * @param updateTimeMillis its last change
 * @param triggerTimeMillis when it fired, 0 before
 */
public record AlgoSnapshot(
    long algoId,
    String clientAlgoId,
    AlgoOrderRequest request,
    AlgoStatus status,
    long releasedOrderId,
    long createTimeMillis,
    long updateTimeMillis,
    long triggerTimeMillis) {}
