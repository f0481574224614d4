package io.oes.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.oes.binance.rest.BinanceClientConfig;
import io.oes.binance.signing.BinanceCredentials;
import io.oes.binance.signing.BinanceSigner;
import io.oes.binance.testing.FakeBinance;
import io.oes.binance.testing.OrderJson;
import io.oes.binance.testing.RecordedRequest;
import io.oes.binance.testing.Reply;
import io.oes.binance.testing.TestOrders;
import io.oes.core.order.OrderState;
import io.oes.core.order.OrderType;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.port.ExecutionReport;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What goes on the wire: methods, paths, parameters, headers, signatures and timestamps. */
class BinanceExchangeWireFormatTest {
  private static final BinanceCredentials CREDENTIALS =
      new BinanceCredentials("test-api-key", "test-secret");

  private FakeBinance fake;
  private BinanceExchange exchange;

  @BeforeEach
  void start() throws Exception {
    fake = FakeBinance.start();
    exchange = new BinanceExchange(BinanceClientConfig.of(fake.baseUrl(), CREDENTIALS)
        .withRequestTimeout(Duration.ofSeconds(2)));
  }

  @AfterEach
  void stop() {
    exchange.close();
    fake.close();
  }

  private static ExchangeOutcome await(CompletableFuture<ExchangeOutcome> f)
      throws Exception {
    return f.get(5, TimeUnit.SECONDS);
  }

  @Test
  void submitPostsASignedFormBodyWithTheApiKeyHeader() throws Exception {
    fake.on("POST", "/fapi/v1/order", Reply.ok(OrderJson.newLimit(11, "oes-1")));

    ExchangeOutcome outcome = await(exchange.submit(
        TestOrders.limit("oes-1", Side.BUY, "0.010", "42000.10", TimeInForce.GTC)));

    RecordedRequest sent = fake.requests("POST", "/fapi/v1/order").getFirst();
    assertThat(sent.rawQuery()).isEmpty();
    assertThat(sent.header("Content-Type")).hasValue("application/x-www-form-urlencoded");
    assertThat(sent.header("X-MBX-APIKEY")).hasValue("test-api-key");
    assertThat(sent.paramNames()).containsExactly("symbol", "side", "type", "timeInForce",
        "price", "quantity", "newClientOrderId", "newOrderRespType", "recvWindow", "timestamp",
        "signature");
    assertThat(sent.param("price")).hasValue("42000.1");
    assertThat(sent.param("recvWindow")).hasValue("5000");
    assertThat(sent.param("signature"))
        .hasValue(new BinanceSigner(CREDENTIALS).sign(sent.signedPayload()));
    assertThat(outcome).isInstanceOfSatisfying(ExchangeOutcome.Accepted.class, accepted -> {
      assertThat(accepted.report().state()).isEqualTo(OrderState.SUBMITTED);
      assertThat(accepted.report().exchangeOrderId()).isEqualTo("11");
    });
  }

  @Test
  void cancelSendsDeleteWithTheClientIdInTheQuery() throws Exception {
    fake.on("DELETE", "/fapi/v1/order", Reply.ok(
        OrderJson.order(12, "oes-2", "CANCELED", "LIMIT", "GTC", "0", "0.00")));

    ExchangeOutcome outcome = await(exchange.cancel("BTCUSDT", "oes-2"));

    RecordedRequest sent = fake.requests("DELETE", "/fapi/v1/order").getFirst();
    assertThat(sent.body()).isEmpty();
    assertThat(sent.rawQuery()).startsWith("symbol=BTCUSDT&origClientOrderId=oes-2&recvWindow=");
    assertThat(sent.param("signature"))
        .hasValue(new BinanceSigner(CREDENTIALS).sign(sent.signedPayload()));
    assertThat(outcome).isInstanceOfSatisfying(ExchangeOutcome.Accepted.class,
        accepted -> assertThat(accepted.report().state()).isEqualTo(OrderState.CANCELED));
  }

  @Test
  void queryGetsTheOrderByClientId() throws Exception {
    fake.on("GET", "/fapi/v1/order", Reply.ok(
        OrderJson.order(13, "oes-3", "FILLED", "MARKET", "GTC", "0.010", "42001.5")));

    ExchangeOutcome outcome = await(exchange.query("BTCUSDT", "oes-3"));

    assertThat(fake.requests("GET", "/fapi/v1/order").getFirst().param("origClientOrderId"))
        .hasValue("oes-3");
    assertThat(outcome).isInstanceOfSatisfying(ExchangeOutcome.Accepted.class, accepted -> {
      assertThat(accepted.report().state()).isEqualTo(OrderState.FILLED);
      assertThat(accepted.report().averagePrice()).isEqualByComparingTo("42001.5");
    });
  }

  @Test
  void stopMarketIsPostedToTheAlgoEndpointAndComesBackSubmitted() throws Exception {
    fake.on("POST", "/fapi/v1/algoOrder", Reply.ok(OrderJson.newAlgo(2146760, "oes-4")));

    ExchangeOutcome outcome = await(exchange.submit(
        TestOrders.stopMarket("oes-4", Side.SELL, "0.001", "39000")));

    RecordedRequest sent = fake.requests("POST", "/fapi/v1/algoOrder").getFirst();
    assertThat(sent.param("algoType")).hasValue("CONDITIONAL");
    assertThat(sent.param("type")).hasValue("STOP_MARKET");
    assertThat(sent.param("triggerPrice")).hasValue("39000");
    assertThat(sent.param("clientAlgoId")).hasValue("oes-4");
    assertThat(fake.requests("POST", "/fapi/v1/order")).isEmpty();
    assertThat(outcome).isInstanceOfSatisfying(ExchangeOutcome.Accepted.class,
        accepted -> assertThat(accepted.report().state()).isEqualTo(OrderState.SUBMITTED));
  }

  @Test
  void timestampsFollowTheExchangeClockWhenTheLocalClockIsBehind() throws Exception {
    exchange.close();
    InstantSource tenSecondsBehind = InstantSource.offset(InstantSource.system(),
        Duration.ofSeconds(-10));
    exchange = new BinanceExchange(
        BinanceClientConfig.of(fake.baseUrl(), CREDENTIALS).withClock(tenSecondsBehind));
    fake.on("GET", "/fapi/v1/order", Reply.ok(OrderJson.newLimit(14, "oes-5")));

    await(exchange.query("BTCUSDT", "oes-5"));

    long sentTimestamp = Long.parseLong(
        fake.requests("GET", "/fapi/v1/order").getFirst().param("timestamp").orElseThrow());
    assertThat(sentTimestamp).isCloseTo(System.currentTimeMillis(), within(1000L));
    assertThat(exchange.serverTimeOffsetMs()).isCloseTo(10_000L, within(1000L));
    assertThat(fake.requests("GET", "/fapi/v1/time")).hasSize(1);
  }

  @Test
  void openOrdersListPlainAndConditionalOrdersWithTheirTerms() throws Exception {
    fake.on("GET", "/fapi/v1/openOrders", Reply.ok("[" + OrderJson.newLimit(21, "oes-8") + "]"));
    fake.on("GET", "/fapi/v1/openAlgoOrders",
        Reply.ok("[" + OrderJson.newAlgo(2146761, "oes-9") + "]"));

    List<ExecutionReport> open = exchange.openOrders().get(10, TimeUnit.SECONDS);

    assertThat(open).extracting(ExecutionReport::exchangeClientId)
        .containsExactly("oes-8", "oes-9");
    ExecutionReport conditional = open.get(1);
    assertThat(conditional.state()).isEqualTo(OrderState.SUBMITTED);
    assertThat(conditional.terms().type()).isEqualTo(OrderType.STOP_MARKET);
    assertThat(conditional.terms().side()).isEqualTo(Side.SELL);
    assertThat(conditional.terms().quantity()).isEqualByComparingTo("0.001");
    assertThat(conditional.terms().stopPrice()).isEqualByComparingTo("39000");
  }

  @Test
  void aSubmitCarriesTheMomentItsIntentWasRecordedAsItsTimestamp() throws Exception {
    fake.on("POST", "/fapi/v1/order", Reply.ok(OrderJson.newLimit(16, "oes-7")));
    Instant recorded = Instant.now().minusMillis(3000);

    await(exchange.submit(TestOrders.recordedAt(
        TestOrders.limit("oes-7", Side.BUY, "0.010", "42000.1", TimeInForce.GTC), recorded)));

    long sentTimestamp = Long.parseLong(
        fake.requests("POST", "/fapi/v1/order").getFirst().param("timestamp").orElseThrow());
    assertThat(sentTimestamp).isCloseTo(recorded.toEpochMilli(), within(500L));
  }

  @Test
  void aTimestampRejectionResyncsTheClockAndResendsOnce() throws Exception {
    fake.on("POST", "/fapi/v1/order",
        Reply.error(400, -1021, "Timestamp for this request is outside of the recvWindow."),
        Reply.ok(OrderJson.newLimit(15, "oes-6")));

    ExchangeOutcome outcome = await(exchange.submit(
        TestOrders.limit("oes-6", Side.BUY, "0.010", "42000.1", TimeInForce.GTC)));

    assertThat(outcome).isInstanceOf(ExchangeOutcome.Accepted.class);
    assertThat(fake.requests("POST", "/fapi/v1/order")).hasSize(2);
    assertThat(fake.requests("GET", "/fapi/v1/time")).hasSize(2);
  }

  @Test
  void aSecondTimestampRejectionIsReportedNotRetriedAgain() throws Exception {
    fake.on("POST", "/fapi/v1/order",
        Reply.error(400, -1021, "Timestamp for this request is outside of the recvWindow."));

    ExchangeOutcome outcome = await(exchange.submit(
        TestOrders.limit("oes-7", Side.BUY, "0.010", "42000.1", TimeInForce.GTC)));

    assertThat(outcome).isInstanceOfSatisfying(ExchangeOutcome.Rejected.class,
        rejected -> assertThat(rejected.venueCode()).isEqualTo(-1021));
    assertThat(fake.requests("POST", "/fapi/v1/order")).hasSize(2);
  }
}
