package io.oes.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.api.CreateOrderRequest;
import io.oes.api.OrderSide;
import io.oes.api.OrderState;
import io.oes.api.OrderType;
import io.oes.api.TimeInForce;
import io.oes.server.ScrapedMetrics;
import io.oes.server.warmup.ScratchOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A gateway in testnet mode trains its order path on a scratch gateway of its own before it
 * says it is ready; the venue it trades on sees none of those orders, nor do its clients, its
 * store or its metrics.
 */
@Timeout(180)
class TrainingRunBeforeReadyTest {

  @Test
  void theTrainingOrdersReachNeitherTheVenueNorTheGatewaysClientsStoreOrMetrics()
      throws Exception {
    try (Venue venue = Venue.still();
        LogWatch log = new LogWatch();
        OesOnVenue oes = OesOnVenue.start(venue, "cancel_countdown_s: 0",
            "server: {warm_up_orders: 40}\n")) {
      assertThat(log.containing("Training run before ready: 40 of 40 rounds")).hasSize(1);

      assertThat(venue.oesAccount.allOrders("BTCUSDT")).isEmpty();
      assertThat(oes.ordersOf(ScratchOrders.NAME)).isEmpty();
      assertThat(ScrapedMetrics.exchangeRequests(oes.gateway.httpPort(), "POST /fapi/v1/order"))
          .isZero();
      assertThat(ScrapedMetrics.of(oes.gateway.httpPort()))
          .contains("order_execution_orders_created_total 0.0");
      assertThat(log.containing(ScratchOrders.NAME + "-order")).isEmpty();
    }
  }

  @Test
  void aGatewayThatTrainedTakesItsFirstRealOrderAsAnyOther() throws Exception {
    try (Venue venue = Venue.still();
        OesOnVenue oes = OesOnVenue.start(venue, "cancel_countdown_s: 0",
            "server: {warm_up_orders: 20}\n")) {
      String orderId = oes.orders().createOrder(CreateOrderRequest.newBuilder()
          .setSymbol("BTCUSDT").setSide(OrderSide.BUY).setType(OrderType.LIMIT)
          .setTimeInForce(TimeInForce.GTC).setQuantity(0.002).setPrice(60000)
          .setUserId("alice").build()).getOrderId();

      assertThat(oes.order(orderId).getState()).isEqualTo(OrderState.SUBMITTED);
      assertThat(venue.oesAccount.allOrders("BTCUSDT")).hasSize(1);
      assertThat(ScrapedMetrics.of(oes.gateway.httpPort()))
          .contains("order_execution_orders_created_total 1.0");
    }
  }
}
