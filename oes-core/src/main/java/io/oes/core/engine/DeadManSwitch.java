package io.oes.core.engine;

import io.oes.core.order.Order;
import io.oes.core.port.ExchangeGateway;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Keeps the exchange's auto-cancel countdown armed for every symbol where the account has open
 * orders: if oes dies or loses the network, it stops re-arming and the exchange cancels those
 * orders when the countdown runs out. Symbols whose orders are all gone are disarmed.
 *
 * <p>{@link #refresh()} must be called well within the countdown (a third of it is safe) and
 * from one thread at a time.
 */
public final class DeadManSwitch {
  private final AccountEngine engine;
  private final ExchangeGateway exchange;
  private final Duration countdown;
  private Set<String> armed = Set.of();

  public DeadManSwitch(AccountEngine engine, ExchangeGateway exchange, Duration countdown) {
    this.engine = engine;
    this.exchange = exchange;
    this.countdown = countdown;
  }

  /** Re-arms the countdown where orders are open, disarms it where none are left. */
  public CompletableFuture<Set<String>> refresh() {
    Set<String> open = engine.openOrders(order -> true).stream()
        .map(Order::symbol)
        .collect(Collectors.toUnmodifiableSet());
    Set<String> released = new HashSet<>(armed);
    released.removeAll(open);
    CompletableFuture<?>[] calls = new CompletableFuture<?>[open.size() + released.size()];
    int i = 0;
    for (String symbol : open) {
      calls[i++] = exchange.armCancelCountdown(symbol, countdown);
    }
    for (String symbol : released) {
      calls[i++] = exchange.armCancelCountdown(symbol, Duration.ZERO);
    }
    armed = open;
    return CompletableFuture.allOf(calls).thenApply(done -> open);
  }
}
