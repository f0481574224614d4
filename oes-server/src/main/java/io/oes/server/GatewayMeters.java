package io.oes.server;

import io.oes.core.engine.AccountEngine;
import io.oes.core.feed.OrderFeed;
import io.oes.core.order.OrderState;
import io.oes.core.ratelimit.RateLimitSnapshot;
import io.oes.core.ratelimit.RateLimits;
import io.oes.server.exchange.ExchangeAccount;
import io.oes.server.metrics.Metrics;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The gauges read on every scrape: open orders, subscribers, circuit and rate-limit use. */
final class GatewayMeters {
  private GatewayMeters() {}

  static void track(Metrics metrics, OrderFeed feed, List<ExchangeAccount> accounts,
      List<AccountEngine> engines) {
    metrics.feeds().trackStreamSubscribers(feed::subscriberCount);
    for (OrderState state : Arrays.stream(OrderState.values()).filter(OrderState::isOpen)
        .toList()) {
      metrics.orders().trackOpenOrders(state.name(), () -> engines.stream()
          .mapToLong(engine -> engine.openOrders(o -> o.state() == state).size()).sum());
    }
    for (ExchangeAccount account : accounts) {
      if (account.breaker() != null) {
        metrics.exchange().trackCircuitState(account.id(),
            () -> account.breaker().state().gaugeValue());
      }
      if (account.limiter() != null) {
        trackRateLimits(metrics, account);
      }
    }
  }

  private static void trackRateLimits(Metrics metrics, ExchangeAccount account) {
    RateLimits limits = account.limiter().limits();
    usage(metrics, account, "weight_1m", s -> (double) s.usedWeight1m() / limits.weightPerMinute());
    usage(metrics, account, "orders_10s",
        s -> (double) s.orderCount10s() / limits.ordersPer10Seconds());
    usage(metrics, account, "orders_1m", s -> (double) s.orderCount1m() / limits.ordersPerMinute());
  }

  private static void usage(Metrics metrics, ExchangeAccount account, String limit,
      ToDoubleFunction<RateLimitSnapshot> ratio) {
    metrics.exchange().trackRateLimitUsage(account.id(), limit, () -> ratio.applyAsDouble(
        account.limiter().snapshot(account.exchangeClock().instant())));
  }
}
