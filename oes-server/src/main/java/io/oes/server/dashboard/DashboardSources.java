package io.oes.server.dashboard;

import io.micrometer.core.instrument.MeterRegistry;
import io.oes.core.engine.AccountEngine;
import io.oes.core.engine.OrderEngine;
import io.oes.core.feed.OrderFeed;
import io.oes.core.risk.KillSwitch;
import io.oes.server.exchange.ExchangeAccount;
import io.oes.server.grpc.PositionQueries;
import java.time.InstantSource;
import java.util.List;

/**
 * What the dashboard reads and acts on; everything is the gateway's own, shared with the gRPC
 * and admin APIs.
 *
 * @param accounts the exchange accounts, in the order of {@code engines}
 * @param engines each account's engine (open orders, reconciliation)
 * @param orders the engine as the API sees it (cancel)
 * @param registry the metrics registry whose latency timers feed the charts
 */
public record DashboardSources(
    OrderFeed feed,
    List<ExchangeAccount> accounts,
    List<AccountEngine> engines,
    OrderEngine orders,
    KillSwitch killSwitch,
    PositionQueries positions,
    MeterRegistry registry,
    InstantSource clock) {

  public DashboardSources {
    accounts = List.copyOf(accounts);
    engines = List.copyOf(engines);
    if (accounts.size() != engines.size()) {
      throw new IllegalArgumentException("one engine per account: " + accounts.size()
          + " accounts, " + engines.size() + " engines");
    }
  }
}
