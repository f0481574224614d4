package io.oes.binance.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.oes.binance.BinanceExchange;
import io.oes.binance.rest.BinanceClientConfig;
import io.oes.binance.signing.BinanceCredentials;
import io.oes.binance.testing.TestOrders;
import io.oes.core.order.Order;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.ratelimit.RateLimiter;
import io.oes.core.ratelimit.RateLimits;
import io.oes.sim.Simulator;
import io.oes.sim.SimulatorConfig;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The guarded adapter against the real simulator over HTTP: kill it, then bring it back. */
class CircuitBreakerSimulatorTest {
  /** Off the 0.1 tick: the exchange refuses it, which is a healthy answer. */
  private static final Order OFF_TICK =
      TestOrders.limit("oes-cb-1", Side.BUY, "0.010", "30000.05", TimeInForce.GTC);

  @Test
  void killingTheExchangeOpensTheCircuitAndRestartingItClosesIt() {
    Simulator first = Simulator.start(SimulatorConfig.defaults());
    int port = first.port();
    String apiKey = first.apiKey();
    String secretKey = first.secretKey();
    BinanceExchange binance = new BinanceExchange(BinanceClientConfig.of(
            URI.create(first.baseUrl()), new BinanceCredentials(apiKey, secretKey))
        .withRequestTimeout(Duration.ofSeconds(2)));
    ExchangeCircuitBreaker breaker = new ExchangeCircuitBreaker("sim",
        new CircuitBreakerSettings(3, Duration.ofMillis(500), 1), InstantSource.system());
    List<BreakerTransition> transitions = new CopyOnWriteArrayList<>();
    breaker.onTransition(transitions::add);
    GuardedExchange gateway = new GuardedExchange(binance, breaker, RateLimitGuard.forBinance(
        new RateLimiter(RateLimits.BINANCE_USDM), binance, InstantSource.system()));
    Simulator second = null;
    try {
      assertThat(gateway.submit(OFF_TICK).join()).isInstanceOf(ExchangeOutcome.Rejected.class);

      first.close();
      for (int i = 0; i < 3; i++) {
        assertThat(gateway.submit(OFF_TICK).join()).isInstanceOf(ExchangeOutcome.Unknown.class);
      }
      assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
      assertThat(gateway.submit(OFF_TICK).join()).isInstanceOfSatisfying(
          ExchangeOutcome.NotSent.class,
          notSent -> assertThat(notSent.reason()).startsWith("circuit open: exchange failing"));

      second = Simulator.start(SimulatorConfig.defaults().withPort(port)
          .withAccount(apiKey, secretKey));
      await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
          .until(() -> gateway.submit(OFF_TICK).join() instanceof ExchangeOutcome.Rejected);

      assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
      assertThat(transitions).extracting(BreakerTransition::to)
          .startsWith(BreakerState.OPEN, BreakerState.HALF_OPEN).endsWith(BreakerState.CLOSED);
    } finally {
      binance.close();
      first.close();
      if (second != null) {
        second.close();
      }
    }
  }
}
