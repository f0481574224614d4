package io.oes.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.api.CancelAllOrdersRequest;
import io.oes.api.CancelAllOrdersResponse;
import io.oes.api.GetOrderRequest;
import io.oes.api.Order;
import io.oes.api.OrderState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CancelAllOrders through the real gRPC port against the simulator. */
class CancelAllOrdersTest {
  private static RunningGateway running;

  @BeforeAll
  static void start() {
    running = RunningGateway.start(Map.of());
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static String rest(String user) {
    return running.orders().createOrder(RunningGateway.restingBuy(user).build()).getOrderId();
  }

  private static OrderState stateOf(String orderId) {
    return running.orders().getOrder(GetOrderRequest.newBuilder().setOrderId(orderId).build())
        .getOrder().getState();
  }

  @Test
  void oneUsersCancelAllLeavesTheOtherUsersOrdersOpen() {
    List<String> alice = List.of(rest("ca-alice"), rest("ca-alice"));
    String bob = rest("ca-bob");

    CancelAllOrdersResponse response = running.orders().cancelAllOrders(
        CancelAllOrdersRequest.newBuilder().setUserId("ca-alice").build());

    assertThat(response.getCanceledList()).extracting(Order::getOrderId)
        .containsExactlyInAnyOrderElementsOf(alice);
    assertThat(response.getCanceledList()).extracting(Order::getState)
        .containsOnly(OrderState.CANCELED);
    assertThat(response.getFailedOrderIdsList()).isEmpty();
    assertThat(stateOf(bob)).isEqualTo(OrderState.SUBMITTED);
  }

  @Test
  void everyUsersOrdersOfASymbolGoWithOneExchangeRequest() throws Exception {
    List<String> resting = List.of(rest("ca-carol"), rest("ca-dave"), rest("ca-dave"));
    double singleCancelsBefore = requests("DELETE /fapi/v1/order");
    double bulkCancelsBefore = requests("DELETE /fapi/v1/allOpenOrders");

    CancelAllOrdersResponse response = running.orders().cancelAllOrders(
        CancelAllOrdersRequest.newBuilder().setSymbol("BTCUSDT").build());

    assertThat(response.getCanceledList()).extracting(Order::getOrderId).containsAll(resting);
    assertThat(response.getFailedOrderIdsList()).isEmpty();
    resting.forEach(id -> assertThat(stateOf(id)).isEqualTo(OrderState.CANCELED));
    assertThat(requests("DELETE /fapi/v1/allOpenOrders")).isEqualTo(bulkCancelsBefore + 1);
    assertThat(requests("DELETE /fapi/v1/order")).isEqualTo(singleCancelsBefore);
  }

  private static double requests(String endpoint) throws Exception {
    return ScrapedMetrics.exchangeRequests(running.gateway.httpPort(), endpoint);
  }

}
