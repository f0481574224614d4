package io.oes.sim.order;

import java.util.Optional;

/**
 * How a request names an existing order: by {@code orderId}, or by {@code origClientOrderId}.
 * When both are sent the order id wins, as on Binance.
 */
public record OrderRef(long accountId, Optional<Long> orderId, Optional<String> clientOrderId) {}
