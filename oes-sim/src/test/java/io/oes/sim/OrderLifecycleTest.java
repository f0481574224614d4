package io.oes.sim;

import static io.oes.sim.SimClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.sim.SimClient.Response;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Resting orders on a moving market: placed far from the mid they stay NEW until cancelled. */
class OrderLifecycleTest {
  private static Simulator simulator;
  private static SimClient client;

  @BeforeAll
  static void start() {
    simulator = Simulator.start(SimulatorConfig.defaults());
    client = SimClient.of(simulator);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void restsAFarLimitOrderAsNewThenCancelsIt() {
    JsonNode placed = placeFarBid("lifecycle-1").body();
    assertThat(placed.get("status").asText()).isEqualTo("NEW");
    assertThat(placed.get("clientOrderId").asText()).isEqualTo("lifecycle-1");
    assertThat(placed.get("positionSide").asText()).isEqualTo("BOTH");
    assertThat(placed.get("orderId").isNumber()).isTrue();
    assertThat(placed.get("updateTime").isNumber()).isTrue();
    assertThat(placed.has("time")).isFalse();
    String orderId = placed.get("orderId").asText();

    JsonNode queried = orderCall("GET", "orderId", orderId).body();
    assertThat(queried.get("status").asText()).isEqualTo("NEW");
    assertThat(queried.get("time").isNumber()).isTrue();

    Response canceled = orderCall("DELETE", "orderId", orderId);
    assertThat(canceled.status()).isEqualTo(200);
    assertThat(canceled.body().get("status").asText()).isEqualTo("CANCELED");

    Response again = orderCall("DELETE", "orderId", orderId);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.code()).isEqualTo(-2011);
    assertThat(again.body().get("msg").asText()).isEqualTo("Unknown order sent.");
  }

  @Test
  void findsAndCancelsAnOrderByItsClientOrderId() {
    placeFarBid("lifecycle-2");

    assertThat(orderCall("GET", "origClientOrderId", "lifecycle-2").body().get("status").asText())
        .isEqualTo("NEW");
    assertThat(orderCall("DELETE", "origClientOrderId", "lifecycle-2").body().get("status")
        .asText()).isEqualTo("CANCELED");
    assertThat(orderCall("GET", "origClientOrderId", "lifecycle-2").body().get("status").asText())
        .isEqualTo("CANCELED");
  }

  @Test
  void listsOpenOrdersOfTheSymbol() {
    String orderId = placeFarBid("lifecycle-3").body().get("orderId").asText();

    JsonNode open = client.signed("GET", "/fapi/v1/openOrders", params("symbol", "BTCUSDT"))
        .body();

    assertThat(open).extracting(order -> order.get("orderId").asText()).contains(orderId);
    orderCall("DELETE", "orderId", orderId);
  }

  @Test
  void answersAQueryForAnUnknownOrderWithOrderDoesNotExist() {
    Response response = orderCall("GET", "orderId", "987654321");

    assertThat(response.code()).isEqualTo(-2013);
    assertThat(response.body().get("msg").asText()).isEqualTo("Order does not exist.");
  }

  @Test
  void refusesADuplicateClientOrderIdWhileTheFirstOrderIsOpenButNotAfter() {
    placeFarBid("lifecycle-dup");

    Response duplicate = placeFarBid("lifecycle-dup");
    assertThat(duplicate.code()).isEqualTo(-4116);

    orderCall("DELETE", "origClientOrderId", "lifecycle-dup");
    Response reused = placeFarBid("lifecycle-dup");
    assertThat(reused.body().get("status").asText()).isEqualTo("NEW");
    orderCall("DELETE", "origClientOrderId", "lifecycle-dup");
  }

  @Test
  void generatesAClientOrderIdAndIncreasesOrderIds() {
    JsonNode first = placeFarBid(null).body();
    JsonNode second = placeFarBid(null).body();

    assertThat(first.get("clientOrderId").asText()).matches("^[\\.A-Z\\:/a-z0-9_-]{1,36}$");
    assertThat(second.get("orderId").asLong()).isGreaterThan(first.get("orderId").asLong());
    orderCall("DELETE", "orderId", first.get("orderId").asText());
    orderCall("DELETE", "orderId", second.get("orderId").asText());
  }

  @Test
  void givesConcurrentOrdersDistinctIds() {
    Set<Long> orderIds = ConcurrentHashMap.newKeySet();
    try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 40; i++) {
        senders.submit(() -> {
          JsonNode order = placeFarBid(null).body();
          orderIds.add(order.get("orderId").asLong());
          orderCall("DELETE", "orderId", order.get("orderId").asText());
        });
      }
    }

    assertThat(orderIds).hasSize(40);
  }

  private static Response placeFarBid(String clientOrderId) {
    var params = params("symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT",
        "timeInForce", "GTC", "quantity", "0.002", "price", "91000");
    if (clientOrderId != null) {
      params.put("newClientOrderId", clientOrderId);
    }
    return client.placeOrder(params);
  }

  private static Response orderCall(String method, String refName, String refValue) {
    return client.signed(method, "/fapi/v1/order", params("symbol", "BTCUSDT", refName, refValue));
  }
}
