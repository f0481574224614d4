package io.oes.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.api.BatchCreateOrdersRequest;
import io.oes.api.BatchCreateOrdersResponse;
import io.oes.api.CancelOrderRequest;
import io.oes.api.CreateOrderRequest;
import io.oes.api.CreateOrderResponse;
import io.oes.api.OrderSide;
import io.oes.api.OrderState;
import io.oes.api.OrderType;
import io.oes.api.TimeInForce;
import io.oes.server.ScrapedMetrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code exchange.order_entry: websocket}: the gateway keeps one WebSocket API connection to the
 * venue for its account and trades through it as it does over REST.
 */
@Timeout(120)
class WebSocketOrderEntryTest {
  private static Venue venue;
  private static OesOnVenue oes;

  @BeforeAll
  static void start() {
    venue = Venue.still();
    oes = OesOnVenue.start(venue, "cancel_countdown_s: 0\norder_entry: websocket\nws_api_url: "
        + venue.sim.webSocketUrl() + "/ws-fapi/v1", "");
  }

  @AfterAll
  static void stop() throws Exception {
    oes.close();
    venue.close();
  }

  @Test
  void holdsOneWebSocketApiConnectionAndPlacesFillsAndCancelsOrdersThroughIt() throws Exception {
    CreateOrderResponse resting = oes.orders().createOrder(CreateOrderRequest.newBuilder()
        .setUserId("ws-trader").setSymbol("BTCUSDT").setSide(OrderSide.BUY)
        .setType(OrderType.LIMIT).setTimeInForce(TimeInForce.GTC).setQuantity(0.01)
        .setPrice(90000.0).build());
    CreateOrderResponse market = oes.orders().createOrder(CreateOrderRequest.newBuilder()
        .setUserId("ws-trader").setSymbol("BTCUSDT").setSide(OrderSide.BUY)
        .setType(OrderType.MARKET).setQuantity(0.01).build());
    OrderState canceled = oes.orders().cancelOrder(CancelOrderRequest.newBuilder()
        .setOrderId(resting.getOrderId()).build()).getState();

    assertThat(venue.sim.openTradingApiConnections()).isEqualTo(1);
    assertThat(exchangeHealth().path("message").asText())
        .contains("orders over the WebSocket API");
    assertThat(resting.getState()).isEqualTo(OrderState.SUBMITTED);
    assertThat(market.getState()).isEqualTo(OrderState.FILLED);
    assertThat(canceled).isEqualTo(OrderState.CANCELED);
  }

  @Test
  void aBatchGoesOverRestAsBinancesWebSocketApiHasNoBatchMethod() throws Exception {
    double restBatchesBefore = exchangeRequests("POST /fapi/v1/batchOrders");
    BatchCreateOrdersRequest.Builder batch = BatchCreateOrdersRequest.newBuilder();
    for (int i = 0; i < 3; i++) {
      batch.addOrders(CreateOrderRequest.newBuilder().setUserId("ws-batcher")
          .setClientOrderId("ws-batch-" + i).setSymbol("BTCUSDT").setSide(OrderSide.BUY)
          .setType(OrderType.LIMIT).setTimeInForce(TimeInForce.GTC).setQuantity(0.01)
          .setPrice(90000.0));
    }

    BatchCreateOrdersResponse response = oes.orders().batchCreateOrders(batch.build());

    assertThat(response.getResultsList()).allSatisfy(result ->
        assertThat(result.getOrder().getState()).isEqualTo(OrderState.SUBMITTED));
    assertThat(exchangeRequests("POST /fapi/v1/batchOrders")).isEqualTo(restBatchesBefore + 1);
    assertThat(venue.sim.openTradingApiConnections()).isEqualTo(1);
  }

  private static double exchangeRequests(String endpoint) throws Exception {
    return ScrapedMetrics.exchangeRequests(oes.gateway.httpPort(), endpoint);
  }


  private static JsonNode exchangeHealth() throws Exception {
    HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + oes.gateway.httpPort() + "/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(health.body()).path("checks").path("exchange");
  }
}
