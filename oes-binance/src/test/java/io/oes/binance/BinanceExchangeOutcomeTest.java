package io.oes.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oes.binance.rest.BinanceClientConfig;
import io.oes.binance.rest.BinanceResponseException;
import io.oes.binance.rest.RateLimitUsage;
import io.oes.binance.signing.BinanceCredentials;
import io.oes.binance.testing.FakeBinance;
import io.oes.binance.testing.OrderJson;
import io.oes.binance.testing.Reply;
import io.oes.binance.testing.TestOrders;
import io.oes.core.order.Order;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.symbol.SymbolRules;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the exchange's answers, and the lack of them, become outcomes, over real HTTP. */
class BinanceExchangeOutcomeTest {
  private static final BinanceCredentials CREDENTIALS = new BinanceCredentials("key", "secret");
  private static final Order LIMIT =
      TestOrders.limit("oes-1", Side.BUY, "0.010", "42000.1", TimeInForce.GTC);

  private FakeBinance fake;
  private BinanceExchange exchange;

  @BeforeEach
  void start() throws Exception {
    fake = FakeBinance.start();
    exchange = new BinanceExchange(BinanceClientConfig.of(fake.baseUrl(), CREDENTIALS)
        .withRequestTimeout(Duration.ofMillis(500)));
  }

  @AfterEach
  void stop() {
    exchange.close();
    fake.close();
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(5, TimeUnit.SECONDS);
  }

  @Test
  void aServiceUnknownErrorLeavesTheSubmitUnknown() throws Exception {
    fake.on("POST", "/fapi/v1/order", new Reply(503,
        "Unknown error, please check your request or try again later.", Map.of(), 0));

    assertThat(await(exchange.submit(LIMIT))).isInstanceOf(ExchangeOutcome.Unknown.class);
    assertThat(fake.requests("POST", "/fapi/v1/order")).as("never resent").hasSize(1);
  }

  @Test
  void serviceUnavailableMeansNotSent() throws Exception {
    fake.on("POST", "/fapi/v1/order", new Reply(503, "Service Unavailable.", Map.of(), 0));

    assertThat(await(exchange.submit(LIMIT))).isInstanceOf(ExchangeOutcome.NotSent.class);
  }

  @Test
  void aNotionalTooSmallIsRejectedWithTheVenueCode() throws Exception {
    fake.on("POST", "/fapi/v1/order", Reply.error(400, -4164,
        "Order's notional must be no smaller than 100 (unless you choose reduce only)."));

    ExchangeOutcome outcome = await(exchange.submit(LIMIT));

    assertThat(outcome).isInstanceOfSatisfying(ExchangeOutcome.Rejected.class,
        rejected -> assertThat(rejected.venueCode()).isEqualTo(-4164));
  }

  @Test
  void aQueryForAnOrderNobodyKnowsIsNotFoundOnBothEndpoints() throws Exception {
    fake.on("GET", "/fapi/v1/order", Reply.error(400, -2013, "Order does not exist."));
    fake.on("GET", "/fapi/v1/algoOrder", Reply.error(400, -2013, "Order does not exist."));

    ExchangeOutcome outcome = await(exchange.query("BTCUSDT", "nobody"));

    assertThat(outcome).isEqualTo(new ExchangeOutcome.NotFound("Order does not exist."));
    assertThat(fake.requests("GET", "/fapi/v1/algoOrder").getFirst().param("clientAlgoId"))
        .hasValue("nobody");
  }

  @Test
  void aCancelOfAConditionalOrderFallsBackToTheAlgoEndpoint() throws Exception {
    fake.on("DELETE", "/fapi/v1/order", Reply.error(400, -2011, "Unknown order sent."));
    fake.on("DELETE", "/fapi/v1/algoOrder", Reply.ok(
        "{\"algoId\":77,\"clientAlgoId\":\"oes-stop\",\"code\":\"200\",\"msg\":\"success\"}"));

    ExchangeOutcome outcome = await(exchange.cancel("BTCUSDT", "oes-stop"));

    assertThat(outcome).isInstanceOfSatisfying(ExchangeOutcome.Accepted.class, accepted -> {
      assertThat(accepted.report().exchangeOrderId()).isEqualTo("77");
      assertThat(accepted.report().state().name()).isEqualTo("CANCELED");
    });
  }

  @Test
  void aRateLimitIsNotSentAndRecordedWithItsRetryAfter() throws Exception {
    fake.on("POST", "/fapi/v1/order", Reply.error(429, -1015, "Too many new orders.")
        .withHeaders(Map.of("Retry-After", "7", "X-MBX-USED-WEIGHT-1M", "2399")));

    ExchangeOutcome outcome = await(exchange.submit(LIMIT));

    assertThat(outcome).isInstanceOfSatisfying(ExchangeOutcome.NotSent.class,
        notSent -> assertThat(notSent.reason()).contains("-1015").contains("retry after 7 s"));
    RateLimitUsage usage = exchange.rateLimitUsage();
    assertThat(usage.limitStatus()).isEqualTo(429);
    assertThat(usage.usedWeight1m()).isEqualTo(2399);
    assertThat(usage.isBackingOff(usage.observedAt())).isTrue();
  }

  @Test
  void recordsTheUsageHeadersOfEveryAnswer() throws Exception {
    fake.on("POST", "/fapi/v1/order", Reply.ok(OrderJson.newLimit(1, "oes-1")).withHeaders(
        Map.of("X-MBX-USED-WEIGHT-1M", "12", "X-MBX-ORDER-COUNT-10S", "3",
            "X-MBX-ORDER-COUNT-1M", "9")));

    await(exchange.submit(LIMIT));

    RateLimitUsage usage = exchange.rateLimitUsage();
    assertThat(usage.usedWeight1m()).isEqualTo(12);
    assertThat(usage.orderCount10s()).isEqualTo(3);
    assertThat(usage.orderCount1m()).isEqualTo(9);
    assertThat(usage.limitStatus()).isZero();
  }

  @Test
  void noAnswerWithinTheTimeoutIsUnknown() throws Exception {
    fake.on("POST", "/fapi/v1/order", Reply.ok(OrderJson.newLimit(1, "oes-1")).delayedMs(2000));

    ExchangeOutcome outcome = await(exchange.submit(LIMIT));

    assertThat(outcome).isInstanceOfSatisfying(ExchangeOutcome.Unknown.class,
        unknown -> assertThat(unknown.reason()).contains("timeout"));
  }

  @Test
  void aRefusedConnectionLeavesTheSubmitUnknown() throws Exception {
    URI nobodyListens;
    try (ServerSocket socket = new ServerSocket(0)) {
      nobodyListens = URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
    try (BinanceExchange unreachable = new BinanceExchange(
        BinanceClientConfig.of(nobodyListens, CREDENTIALS))) {
      ExchangeOutcome outcome = await(unreachable.submit(LIMIT));

      assertThat(outcome).isInstanceOfSatisfying(ExchangeOutcome.Unknown.class,
          unknown -> assertThat(unknown.reason()).contains("connection failed"));
    }
  }

  @Test
  void loadsSymbolRulesFromExchangeInfo() throws Exception {
    fake.on("GET", "/fapi/v1/exchangeInfo", Reply.ok(exchangeInfoFixture()));

    List<SymbolRules> rules = await(exchange.loadSymbolRules());

    assertThat(rules).extracting(SymbolRules::symbol).containsExactly("BTCUSDT", "YFIUSDT");
    assertThat(fake.requests("GET", "/fapi/v1/exchangeInfo").getFirst().param("signature"))
        .as("exchange info is public").isEmpty();
  }

  @Test
  void exchangeInfoThatCannotBeHadFailsTheFuture() {
    fake.on("GET", "/fapi/v1/exchangeInfo", Reply.error(503, -1001, "Internal error."));

    assertThatThrownBy(() -> await(exchange.loadSymbolRules()))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(BinanceResponseException.class)
        .hasMessageContaining("-1001");
  }

  private static String exchangeInfoFixture() throws IOException {
    try (InputStream in = BinanceExchangeOutcomeTest.class.getResourceAsStream(
        "/binance/exchangeInfo.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
