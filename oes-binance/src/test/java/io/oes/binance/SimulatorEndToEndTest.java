package io.oes.binance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.binance.rest.BinanceClientConfig;
import io.oes.binance.rest.BinanceRestClient;
import io.oes.binance.rest.HttpVerb;
import io.oes.binance.rest.RequestParams;
import io.oes.binance.signing.BinanceCredentials;
import io.oes.binance.testing.TestOrders;
import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.port.ExecutionReport;
import io.oes.core.symbol.SymbolRules;
import io.oes.sim.Simulator;
import io.oes.sim.SimulatorConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The adapter against the real simulator over HTTP, as the engine uses it. */
class SimulatorEndToEndTest {
  private static final AtomicInteger IDS = new AtomicInteger();

  private static Simulator simulator;
  private static BinanceClientConfig config;
  private static BinanceExchange exchange;

  @BeforeAll
  static void startSimulator() {
    simulator = Simulator.start(SimulatorConfig.defaults());
    config = BinanceClientConfig.of(URI.create(simulator.baseUrl()),
        new BinanceCredentials(simulator.apiKey(), simulator.secretKey()));
    exchange = new BinanceExchange(config);
  }

  @AfterAll
  static void stopSimulator() {
    exchange.close();
    simulator.close();
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }

  private static String nextId() {
    return "oes-e2e-" + IDS.incrementAndGet();
  }

  private static ExecutionReport accepted(ExchangeOutcome outcome) {
    assertThat(outcome).isInstanceOf(ExchangeOutcome.Accepted.class);
    return ((ExchangeOutcome.Accepted) outcome).report();
  }

  /** A BUY price well below the market, on the 0.1 tick, still inside the percent-price band. */
  private static BigDecimal farBelowMarket() throws Exception {
    try (BinanceRestClient rest = new BinanceRestClient(config)) {
      String body = await(rest.send(HttpVerb.GET, "/fapi/v1/premiumIndex",
          new RequestParams().add("symbol", "BTCUSDT"))).body();
      BigDecimal mark = new BigDecimal(new ObjectMapper().readTree(body).get("markPrice").asText());
      return mark.multiply(new BigDecimal("0.97")).setScale(1, RoundingMode.DOWN);
    }
  }

  @Test
  void loadsBtcusdtRules() throws Exception {
    List<SymbolRules> rules = await(exchange.loadSymbolRules());

    SymbolRules btc = rules.stream().filter(r -> r.symbol().equals("BTCUSDT")).findFirst()
        .orElseThrow();
    assertThat(btc.trading()).isTrue();
    assertThat(btc.tickSize()).isEqualByComparingTo("0.1");
    assertThat(btc.stepSize()).isEqualByComparingTo("0.001");
    assertThat(btc.minQty()).isEqualByComparingTo("0.001");
    assertThat(btc.minNotional()).isEqualByComparingTo("100");
  }

  @Test
  void aRestingLimitOrderIsSubmittedThenCanceledThenNotFound() throws Exception {
    String id = nextId();
    Order order = TestOrders.limit(id, Side.BUY, "0.010", farBelowMarket().toPlainString(),
        TimeInForce.GTC);

    ExecutionReport submitted = accepted(await(exchange.submit(order)));
    assertThat(submitted.state()).isEqualTo(OrderState.SUBMITTED);
    assertThat(submitted.exchangeClientId()).isEqualTo(id);
    assertThat(submitted.exchangeOrderId()).isNotBlank();

    ExecutionReport canceled = accepted(await(exchange.cancel("BTCUSDT", id)));
    assertThat(canceled.state()).isEqualTo(OrderState.CANCELED);
    assertThat(canceled.exchangeOrderId()).isEqualTo(submitted.exchangeOrderId());

    assertThat(await(exchange.cancel("BTCUSDT", id)))
        .isInstanceOf(ExchangeOutcome.NotFound.class);
  }

  @Test
  void aMarketOrderComesBackFilledWithItsAveragePrice() throws Exception {
    ExecutionReport filled = accepted(await(exchange.submit(
        TestOrders.market(nextId(), Side.BUY, "0.010", false))));

    assertThat(filled.state()).isEqualTo(OrderState.FILLED);
    assertThat(filled.executedQuantity()).isEqualByComparingTo("0.010");
    assertThat(filled.averagePrice()).isPositive();
  }

  @Test
  void queryingAnIdNobodyKnowsIsNotFound() throws Exception {
    assertThat(await(exchange.query("BTCUSDT", "oes-never-sent")))
        .isInstanceOf(ExchangeOutcome.NotFound.class);
  }

  @Test
  void aPriceOffTheTickIsRejectedWithTheVenueCode() throws Exception {
    String offTick = farBelowMarket().add(new BigDecimal("0.05")).toPlainString();

    ExchangeOutcome outcome = await(exchange.submit(
        TestOrders.limit(nextId(), Side.BUY, "0.010", offTick, TimeInForce.GTC)));

    assertThat(outcome).isInstanceOfSatisfying(ExchangeOutcome.Rejected.class,
        rejected -> assertThat(rejected.venueCode()).isEqualTo(-4014));
  }

  @Test
  void aLocalClockTenSecondsBehindStillTradesThanksToTheServerTimeOffset() throws Exception {
    InstantSource behind = InstantSource.offset(InstantSource.system(), Duration.ofSeconds(-10));
    try (BinanceExchange lagging = new BinanceExchange(config.withClock(behind))) {
      String id = nextId();
      // the engine records the intent by the same lagging clock
      Order order = TestOrders.recordedAt(TestOrders.limit(id, Side.BUY, "0.010",
          farBelowMarket().toPlainString(), TimeInForce.GTC), behind.instant());

      assertThat(accepted(await(lagging.submit(order))).state())
          .isEqualTo(OrderState.SUBMITTED);
      assertThat(accepted(await(lagging.query("BTCUSDT", id))).state())
          .isEqualTo(OrderState.SUBMITTED);
      assertThat(accepted(await(lagging.cancel("BTCUSDT", id))).state())
          .isEqualTo(OrderState.CANCELED);
      assertThat(lagging.serverTimeOffsetMs()).isBetween(9_000L, 11_000L);
    }
  }

  @Test
  void anOrderWhoseIntentIsOlderThanTheRecvWindowCanNeverBePlaced() throws Exception {
    String id = nextId();
    Order stale = TestOrders.recordedAt(TestOrders.limit(id, Side.BUY, "0.010",
        farBelowMarket().toPlainString(), TimeInForce.GTC), Instant.now().minusSeconds(10));

    ExchangeOutcome outcome = await(exchange.submit(stale));

    assertThat(outcome).isInstanceOfSatisfying(ExchangeOutcome.Rejected.class,
        rejected -> assertThat(rejected.venueCode()).isEqualTo(-1021));
    assertThat(await(exchange.query("BTCUSDT", id))).isInstanceOf(ExchangeOutcome.NotFound.class);
  }
}
