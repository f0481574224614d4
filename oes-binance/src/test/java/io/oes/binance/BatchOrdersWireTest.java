package io.oes.binance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.binance.rest.BinanceClientConfig;
import io.oes.binance.signing.BinanceCredentials;
import io.oes.binance.signing.BinanceSigner;
import io.oes.binance.testing.FakeBinance;
import io.oes.binance.testing.OrderJson;
import io.oes.binance.testing.RecordedRequest;
import io.oes.binance.testing.Reply;
import io.oes.binance.testing.TestOrders;
import io.oes.core.order.Order;
import io.oes.core.order.OrderState;
import io.oes.core.order.Side;
import io.oes.core.order.TimeInForce;
import io.oes.core.port.ExchangeOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /fapi/v1/batchOrders} on the wire, and how its answers become per-order outcomes. */
class BatchOrdersWireTest {
  private static final BinanceCredentials CREDENTIALS =
      new BinanceCredentials("test-api-key", "test-secret");
  private static final ObjectMapper JSON = new ObjectMapper();

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

  private static List<ExchangeOutcome> await(CompletableFuture<List<ExchangeOutcome>> f)
      throws Exception {
    return f.get(5, TimeUnit.SECONDS);
  }

  private static Order limit(String clientId) {
    return TestOrders.limit(clientId, Side.BUY, "0.010", "42000.10", TimeInForce.GTC);
  }

  @Test
  void ordersGoAsOneSignedJsonListTimestampedAtTheEarliestIntentAndAnswerEachInOrder()
      throws Exception {
    Instant earliest = Instant.now().minusSeconds(2);
    List<Order> orders = List.of(limit("oes-1"), TestOrders.recordedAt(limit("oes-2"), earliest),
        TestOrders.market("oes-3", Side.SELL, "0.005", true));
    fake.on("POST", "/fapi/v1/batchOrders", Reply.ok("[" + OrderJson.newLimit(11, "oes-1")
        + ",{\"code\":-2019,\"msg\":\"Margin is insufficient.\"},"
        + OrderJson.order(13, "oes-3", "FILLED", "MARKET", "GTC", "0.005", "42000.00") + "]"));

    List<ExchangeOutcome> outcomes = await(exchange.submitBatch(orders));

    RecordedRequest sent = fake.requests("POST", "/fapi/v1/batchOrders").getFirst();
    assertThat(fake.requests()).filteredOn(r -> r.path().startsWith("/fapi/v1/order")).isEmpty();
    assertThat(sent.paramNames()).containsExactly("batchOrders", "recvWindow", "timestamp",
        "signature");
    assertThat(sent.param("signature"))
        .hasValue(new BinanceSigner(CREDENTIALS).sign(sent.signedPayload()));
    assertThat(Long.parseLong(sent.param("timestamp").orElseThrow()))
        .isCloseTo(earliest.toEpochMilli(), org.assertj.core.data.Offset.offset(1000L));
    JsonNode entries = JSON.readTree(sent.param("batchOrders").orElseThrow());
    assertThat(entries).hasSize(3);
    assertThat(entries.get(0).toString()).isEqualTo("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\","
        + "\"type\":\"LIMIT\",\"timeInForce\":\"GTC\",\"price\":\"42000.1\",\"quantity\":\"0.01\","
        + "\"newClientOrderId\":\"oes-1\",\"newOrderRespType\":\"RESULT\"}");
    assertThat(entries.get(1).path("newClientOrderId").asText()).isEqualTo("oes-2");
    assertThat(entries.get(2).path("type").asText()).isEqualTo("MARKET");
    assertThat(entries.get(2).path("reduceOnly").asText()).isEqualTo("true");
    assertThat(entries.get(2).has("price")).isFalse();

    assertThat(outcomes.get(0)).isInstanceOfSatisfying(ExchangeOutcome.Accepted.class,
        accepted -> assertThat(accepted.report().state()).isEqualTo(OrderState.SUBMITTED));
    assertThat(outcomes.get(1)).isEqualTo(
        new ExchangeOutcome.Rejected(-2019, "Margin is insufficient."));
    assertThat(outcomes.get(2)).isInstanceOfSatisfying(ExchangeOutcome.Accepted.class,
        accepted -> assertThat(accepted.report().state()).isEqualTo(OrderState.FILLED));
  }

  @Test
  void conditionalOrdersAndALoneOrderGoOnTheirOwnEndpoints() throws Exception {
    fake.on("POST", "/fapi/v1/order", Reply.ok(OrderJson.newLimit(11, "oes-1")));
    fake.on("POST", "/fapi/v1/algoOrder", Reply.ok(OrderJson.newAlgo(21, "oes-2")));

    List<ExchangeOutcome> outcomes = await(exchange.submitBatch(List.of(limit("oes-1"),
        TestOrders.stopMarket("oes-2", Side.SELL, "0.001", "39000"))));

    assertThat(fake.requests("POST", "/fapi/v1/batchOrders")).isEmpty();
    assertThat(fake.requests("POST", "/fapi/v1/order")).hasSize(1);
    assertThat(fake.requests("POST", "/fapi/v1/algoOrder")).hasSize(1);
    assertThat(outcomes).allMatch(ExchangeOutcome.Accepted.class::isInstance);
  }

  @Test
  void anEntryTheExchangeCouldNotTellAboutIsUnknownAndTheOthersStand() throws Exception {
    fake.on("POST", "/fapi/v1/batchOrders", Reply.ok("[" + OrderJson.newLimit(11, "oes-1")
        + ",{\"code\":-1007,\"msg\":\"Timeout waiting for response from backend server.\"},"
        + "{\"code\":-1008,\"msg\":\"Request throttled by system-level protection.\"}]"));

    List<ExchangeOutcome> outcomes = await(exchange.submitBatch(List.of(limit("oes-1"),
        limit("oes-2"), limit("oes-3"))));

    assertThat(outcomes.get(0)).isInstanceOf(ExchangeOutcome.Accepted.class);
    assertThat(outcomes.get(1)).isInstanceOf(ExchangeOutcome.Unknown.class);
    assertThat(outcomes.get(2)).isInstanceOf(ExchangeOutcome.NotSent.class);
  }

  @Test
  void theWholeRequestsAnswerIsEachOrdersOutcome() throws Exception {
    fake.on("POST", "/fapi/v1/batchOrders",
        Reply.error(503, -1000, "Unknown error, please check your request or try again later."),
        Reply.error(400, -4082, "Invalid number of batch place orders."),
        Reply.ok("[" + OrderJson.newLimit(11, "oes-1") + "]"));
    List<Order> two = List.of(limit("oes-1"), limit("oes-2"));

    assertThat(await(exchange.submitBatch(two)))
        .hasSize(2).allMatch(ExchangeOutcome.Unknown.class::isInstance);
    assertThat(await(exchange.submitBatch(two))).hasSize(2)
        .containsOnly(new ExchangeOutcome.Rejected(-4082, "Invalid number of batch place orders."));
    // one entry for two orders: which one executed cannot be told
    assertThat(await(exchange.submitBatch(two)))
        .hasSize(2).allMatch(ExchangeOutcome.Unknown.class::isInstance);
  }

  @Test
  void noAnswerIsUnknownForEveryOrder() throws Exception {
    fake.on("POST", "/fapi/v1/batchOrders", Reply.ok("[]").delayedMs(3000));

    assertThat(await(exchange.submitBatch(List.of(limit("oes-1"), limit("oes-2")))))
        .hasSize(2).allSatisfy(outcome -> assertThat(outcome)
            .isInstanceOfSatisfying(ExchangeOutcome.Unknown.class,
                unknown -> assertThat(unknown.reason()).contains("request timeout")));
  }

  @Test
  void cancelsGoAsOneDeleteNamingTheClientIdsAndAnswerEachInOrder() throws Exception {
    fake.on("DELETE", "/fapi/v1/batchOrders", Reply.ok("["
        + OrderJson.order(11, "oes-1", "CANCELED", "LIMIT", "GTC", "0", "0.00")
        + ",{\"code\":-2011,\"msg\":\"Unknown order sent.\"}]"));

    List<ExchangeOutcome> outcomes = await(exchange.cancelBatch("BTCUSDT",
        List.of("oes-1", "oes-2")));

    RecordedRequest sent = fake.requests("DELETE", "/fapi/v1/batchOrders").getFirst();
    assertThat(sent.body()).isEmpty();
    assertThat(sent.param("symbol")).hasValue("BTCUSDT");
    assertThat(sent.param("origClientOrderIdList")).hasValue("[\"oes-1\",\"oes-2\"]");
    assertThat(outcomes.get(0)).isInstanceOfSatisfying(ExchangeOutcome.Accepted.class,
        accepted -> assertThat(accepted.report().state()).isEqualTo(OrderState.CANCELED));
    assertThat(outcomes.get(1)).isInstanceOf(ExchangeOutcome.NotFound.class);
    // "not found" on the order endpoint is asked once more on the algo endpoint
    assertThat(fake.requests("DELETE", "/fapi/v1/algoOrder")).singleElement()
        .satisfies(r -> assertThat(r.param("clientAlgoId")).hasValue("oes-2"));
  }
}
