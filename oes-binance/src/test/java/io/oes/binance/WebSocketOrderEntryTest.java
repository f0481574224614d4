package io.oes.binance;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.binance.rest.BinanceClientConfig;
import io.oes.binance.signing.BinanceCredentials;
import io.oes.binance.testing.TestOrders;
import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.port.ExecutionReport;
import io.oes.sim.Simulator;
import io.oes.sim.SimulatorConfig;
import io.oes.sim.fault.FaultPlan;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Order entry over the simulator's WebSocket API: orders, amends and cancels travel over it
 * (shown by REST failing every request meanwhile), refusals keep their venue codes, and an
 * account whose WebSocket API cannot be reached trades over REST.
 */
class WebSocketOrderEntryTest {
  private static final AtomicInteger IDS = new AtomicInteger();
  /** Far below the still market's 95000 mark, inside the percent-price band. */
  private static final String RESTING_PRICE = "92000.0";

  private Simulator simulator;
  private BinanceClientConfig config;
  private BinanceExchange exchange;

  @BeforeEach
  void start() throws Exception {
    simulator = Simulator.start(SimulatorConfig.defaults().withTickInterval(Duration.ZERO));
    config = BinanceClientConfig.of(URI.create(simulator.baseUrl()),
        new BinanceCredentials(simulator.apiKey(), simulator.secretKey()));
    exchange = new BinanceExchange(config,
        Optional.of(URI.create(simulator.webSocketUrl() + "/ws-fapi/v1")));
    exchange.syncClock().get(10, TimeUnit.SECONDS);
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(exchange::ordersOverWebSocket);
  }

  @AfterEach
  void stop() {
    exchange.close();
    simulator.close();
  }

  @Test
  void submitsAmendsAndCancelsOverTheWebSocketApiWhileEveryRestRequestFails() throws Exception {
    simulator.injectFaults(FaultPlan.none().withErrorRate(1.0));
    Order order = TestOrders.limit(nextId(), Side.BUY, "0.010", RESTING_PRICE, TimeInForce.GTC);

    ExecutionReport submitted = accepted(await(exchange.submit(order)));
    ExecutionReport amended = accepted(await(exchange.amend(order, new BigDecimal("0.020"),
        new BigDecimal("91000.0"))));
    ExecutionReport queried = accepted(await(exchange.query("BTCUSDT", order.exchangeClientId())));
    ExecutionReport canceled = accepted(await(exchange.cancel("BTCUSDT",
        order.exchangeClientId())));

    assertThat(submitted.state()).isEqualTo(OrderState.SUBMITTED);
    assertThat(amended.state()).isEqualTo(OrderState.SUBMITTED);
    assertThat(queried.exchangeOrderId()).isEqualTo(submitted.exchangeOrderId());
    assertThat(canceled.state()).isEqualTo(OrderState.CANCELED);
  }

  @Test
  void aRefusalOverTheWebSocketApiKeepsItsVenueCode() throws Exception {
    ExchangeOutcome outcome = await(exchange.submit(
        TestOrders.market(nextId(), Side.BUY, "31.5", false)));

    assertThat(outcome).isInstanceOfSatisfying(ExchangeOutcome.Rejected.class,
        rejected -> assertThat(rejected.venueCode()).isEqualTo(-2019));
  }

  @Test
  void tradesOverRestWhenTheWebSocketApiCannotBeReached() throws Exception {
    try (BinanceExchange unreachable = new BinanceExchange(config,
        Optional.of(URI.create("ws://127.0.0.1:1/ws-fapi/v1")))) {
      String id = nextId();

      ExecutionReport submitted = accepted(await(unreachable.submit(
          TestOrders.limit(id, Side.BUY, "0.010", RESTING_PRICE, TimeInForce.GTC))));

      assertThat(unreachable.ordersOverWebSocket()).isFalse();
      assertThat(submitted.state()).isEqualTo(OrderState.SUBMITTED);
      assertThat(accepted(await(unreachable.cancel("BTCUSDT", id))).state())
          .isEqualTo(OrderState.CANCELED);
    }
  }

  private static String nextId() {
    return "oes-ws-" + IDS.incrementAndGet();
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }

  private static ExecutionReport accepted(ExchangeOutcome outcome) {
    assertThat(outcome).isInstanceOf(ExchangeOutcome.Accepted.class);
    return ((ExchangeOutcome.Accepted) outcome).report();
  }
}
