package io.oes.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.api.CreateOrderRequest;
import io.oes.api.Order;
import io.oes.api.OrderSide;
import io.oes.api.OrderState;
import io.oes.api.OrderType;
import io.oes.api.OrderUpdate;
import io.oes.api.TimeInForce;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Catching up after the user data stream was cut: trades that happen while oes is not
 * listening are found by the resync oes runs when the stream reconnects, so every order ends
 * in the exchange's state. Periodic reconciliation is set to an hour, so only the resync on
 * reconnect can have done it.
 */
@Timeout(120)
class StreamReconnectTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final Duration REDROP = Duration.ofSeconds(3);
  private static final String USER = "reconnect";
  private static final String RECONNECTED = "user data stream (re)connected";

  private Venue venue;
  private OesOnVenue oes;
  private LogWatch logs;

  @AfterEach
  void stop() throws Exception {
    if (oes != null) {
      oes.close();
    }
    if (venue != null) {
      venue.close();
    }
    if (logs != null) {
      logs.close();
    }
  }

  @Test
  void tradesMissedWhileTheStreamIsDownAreCaughtUpWhenItReconnects() throws Exception {
    logs = new LogWatch();
    venue = Venue.still();
    oes = OesOnVenue.start(venue, "cancel_countdown_s: 0\nreconcile_interval_s: 3600\n", "");
    venue.moveMid("BTCUSDT", "95000.00");
    UpdateRecorder updates = oes.subscribe(USER, 0);
    awaitLive(updates);
    for (int round = 0; round < 3; round++) {
      String filled = restingSell("0.01");
      String partial = restingSell("0.02");
      int connects = logs.containing(RECONNECTED).size();
      venue.sim.dropUserStreams();
      venue.counterparty.placeLimit("BTCUSDT", "BUY", new BigDecimal("0.02"),
          new BigDecimal("95000.0"), "GTC");
      awaitLog(connects + 1);

      awaitOrder(filled, o -> o.getState() == OrderState.FILLED);
      awaitOrder(partial, o -> o.getState() == OrderState.PARTIALLY_FILLED);
      assertAgreesWithTheExchange(filled, "FILLED", "0.01");
      assertAgreesWithTheExchange(partial, "PARTIALLY_FILLED", "0.01");
      // Trades made while the stream was down still arrive as fills, fee and all.
      updates.await(u -> u.getOrder().getOrderId().equals(filled) && u.hasFill(), WAIT,
          "the fill of the filled order");
      updates.await(u -> u.getOrder().getOrderId().equals(partial) && u.hasFill(), WAIT,
          "the first fill of the partial order");

      // With the stream back, the rest of the partial order fills as usual, fill and all.
      venue.counterparty.placeLimit("BTCUSDT", "BUY", new BigDecimal("0.01"),
          new BigDecimal("95000.0"), "GTC");
      updates.await(u -> u.getOrder().getOrderId().equals(partial) && u.hasFill()
          && u.getOrder().getState() == OrderState.FILLED, WAIT, "the last fill over the stream");
      assertAgreesWithTheExchange(partial, "FILLED", "0.02");
      for (String id : List.of(filled, partial)) {
        List<OrderUpdate> story = updates.of(id);
        assertThat(story.getLast().getOrder().getState()).isEqualTo(OrderState.FILLED);
        assertThat(story).extracting(OrderUpdate::getSequence).isSorted()
            .doesNotHaveDuplicates();
        assertThat(story.stream().filter(OrderUpdate::hasFill).map(u -> u.getFill().getFillId()))
            .as("each trade of order %s reported once", id).doesNotHaveDuplicates()
            .hasSize(id.equals(filled) ? 1 : 2);
      }
    }
    assertThat(logs.lifecycleErrors()).isEmpty();
  }

  private String restingSell(String quantity) {
    var created = oes.orders().createOrder(CreateOrderRequest.newBuilder().setUserId(USER)
        .setSymbol("BTCUSDT").setSide(OrderSide.SELL).setType(OrderType.LIMIT)
        .setTimeInForce(TimeInForce.GTC).setQuantity(Double.parseDouble(quantity))
        .setPrice(95000.0).build());
    assertThat(created.getState()).isEqualTo(OrderState.SUBMITTED);
    return created.getOrderId();
  }

  private void awaitLive(UpdateRecorder updates) throws InterruptedException {
    String probe = oes.orders().createOrder(CreateOrderRequest.newBuilder().setUserId(USER)
        .setSymbol("ETHUSDT").setSide(OrderSide.BUY).setType(OrderType.MARKET).setQuantity(0.05)
        .build()).getOrderId();
    updates.await(u -> u.getOrder().getOrderId().equals(probe), WAIT, "the probe order");
  }

  /**
   * Waits for the gateway's reconnect. A drop that lands while the stream is still being opened
   * (a connection the simulator has not registered yet) closes nothing, so it is repeated every
   * few seconds until the gateway reports a reconnect.
   */
  private void awaitLog(int reconnects) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    long nextDrop = System.nanoTime() + REDROP.toNanos();
    while (logs.containing(RECONNECTED).size() < reconnects) {
      assertThat(System.nanoTime()).as("reconnected in time").isLessThan(deadline);
      if (System.nanoTime() > nextDrop) {
        venue.sim.dropUserStreams();
        nextDrop = System.nanoTime() + REDROP.toNanos();
      }
      Thread.sleep(20);
    }
  }

  private void awaitOrder(String orderId, Predicate<Order> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    Order order = oes.order(orderId);
    while (!wanted.test(order)) {
      assertThat(System.nanoTime()).as("order %s caught up; it is %s", orderId, order)
          .isLessThan(deadline);
      Thread.sleep(50);
      order = oes.order(orderId);
    }
  }

  private void assertAgreesWithTheExchange(String orderId, String status, String executed) {
    String exchangeClientId = OesOnVenue.exchangeClientIdOf(oes.order(orderId));
    JsonNode atExchange = venue.oesAccount.allOrders("BTCUSDT").stream()
        .filter(o -> o.path("clientOrderId").asText().equals(exchangeClientId))
        .findFirst().orElseThrow();
    assertThat(atExchange.path("status").asText()).isEqualTo(status);
    Order order = oes.order(orderId);
    assertThat(new BigDecimal(atExchange.path("executedQty").asText()))
        .isEqualByComparingTo(executed);
    assertThat(new BigDecimal(order.getFilledQuantityDecimal())).isEqualByComparingTo(executed);
    assertThat(new BigDecimal(order.getAveragePriceDecimal())).isEqualByComparingTo("95000");
  }
}
