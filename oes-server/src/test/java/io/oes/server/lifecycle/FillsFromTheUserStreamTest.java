package io.oes.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.api.AmendOrderRequest;
import io.oes.api.CreateOrderRequest;
import io.oes.api.CreateOrderResponse;
import io.oes.api.Fill;
import io.oes.api.Order;
import io.oes.api.OrderSide;
import io.oes.api.OrderState;
import io.oes.api.OrderType;
import io.oes.api.OrderUpdate;
import io.oes.api.TimeInForce;
import io.oes.sim.fault.FaultPlan;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fills as a trader sees them: each one reported from the exchange's user data stream with its
 * price, quantity and liquidity side, the order's average price volume-weighted over them, and
 * the right end state whichever of the stream and the REST answer reaches oes first. The other
 * side of every trade is a second simulator account, so the fills are real matches.
 */
@Timeout(120)
class FillsFromTheUserStreamTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static Venue venue;
  private static OesOnVenue oes;
  private static LogWatch logs;

  @BeforeAll
  static void start() {
    logs = new LogWatch();
    venue = Venue.still();
    oes = OesOnVenue.start(venue, "cancel_countdown_s: 0", "");
  }

  @AfterAll
  static void stop() throws Exception {
    oes.close();
    venue.close();
    logs.close();
  }

  @Test
  void aRestingOrderFilledInThreePartsReportsThreeMakerFillsAndTheVolumeWeightedAveragePrice()
      throws Exception {
    venue.moveMid("BTCUSDT", "95000.00");
    UpdateRecorder updates = oes.subscribe("maker", 0);
    CreateOrderResponse created = createLive(updates, CreateOrderRequest.newBuilder()
        .setUserId("maker").setSymbol("BTCUSDT").setSide(OrderSide.SELL).setType(OrderType.LIMIT)
        .setTimeInForce(TimeInForce.GTC).setQuantity(0.04).setPrice(95000.0).build());
    assertThat(created.getState()).isEqualTo(OrderState.SUBMITTED);
    String id = created.getOrderId();

    takeFromCounterparty("BTCUSDT", "BUY", "0.01", "95000.0");
    awaitFills(updates, id, 1);
    // The market drops; the trader follows it with the resting order, which keeps its fills.
    venue.moveMid("BTCUSDT", "94990.00");
    amendPrice(id, 94990.0);
    takeFromCounterparty("BTCUSDT", "BUY", "0.01", "94990.0");
    awaitFills(updates, id, 2);
    venue.moveMid("BTCUSDT", "94980.00");
    amendPrice(id, 94980.0);
    takeFromCounterparty("BTCUSDT", "BUY", "0.02", "94980.0");
    List<OrderUpdate> withFills = awaitFills(updates, id, 3);

    List<Fill> fills = withFills.stream().map(OrderUpdate::getFill).toList();
    assertThat(fills).extracting(Fill::getPrice).containsExactly(95000.0, 94990.0, 94980.0);
    assertThat(fills).extracting(Fill::getQuantity).containsExactly(0.01, 0.01, 0.02);
    assertThat(fills).allSatisfy(fill -> {
      assertThat(fill.getIsMaker()).as("maker").isTrue();
      assertThat(fill.getOrderId()).isEqualTo(id);
      assertThat(fill.getSide()).isEqualTo(OrderSide.SELL);
      assertThat(fill.getFee()).isPositive();
    });
    assertThat(fills).extracting(Fill::getFillId).doesNotContain("").doesNotHaveDuplicates();
    assertThat(withFills).extracting(OrderUpdate::getUpdateType)
        .containsExactly("PARTIALLY_FILLED", "PARTIALLY_FILLED", "FILLED");

    Order order = oes.order(id);
    assertThat(order.getState()).isEqualTo(OrderState.FILLED);
    assertThat(new BigDecimal(order.getFilledQuantityDecimal())).isEqualByComparingTo("0.04");
    // (0.01 x 95000 + 0.01 x 94990 + 0.02 x 94980) / 0.04
    assertThat(new BigDecimal(order.getAveragePriceDecimal())).isEqualByComparingTo("94987.5");
    BigDecimal feeOfFills = fills.stream().map(f -> BigDecimal.valueOf(f.getFee()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(new BigDecimal(order.getFeeDecimal())).isEqualByComparingTo(feeOfFills);
    assertThat(logs.lifecycleErrors()).isEmpty();
  }

  @Test
  void aFillThatOvertakesTheExchangesAnswerEndsFilled() throws Exception {
    venue.moveMid("ETHUSDT", "3500.00");
    venue.counterparty.placeLimit("ETHUSDT", "SELL", new BigDecimal("0.1"),
        new BigDecimal("3500.00"), "GTC");
    UpdateRecorder updates = oes.subscribe("overtaken", 0);
    awaitLive(updates, "overtaken");
    // The exchange executes the order, then answers 503: oes learns the order's fate from the
    // stream's TRADE first, and from its own look-up by client id only 200 ms later, a look-up
    // the exchange answers 300 ms late at that.
    venue.sim.injectFaults(FaultPlan.none().withExecutedButUnavailableRate(1.0)
        .withLatency(Duration.ofMillis(300), Duration.ZERO));
    CreateOrderResponse created;
    try {
      created = oes.orders().createOrder(CreateOrderRequest.newBuilder().setUserId("overtaken")
          .setSymbol("ETHUSDT").setSide(OrderSide.BUY).setType(OrderType.LIMIT)
          .setTimeInForce(TimeInForce.GTC).setQuantity(0.1).setPrice(3500.0).build());
    } finally {
      venue.sim.injectFaults(FaultPlan.none());
    }
    String id = created.getOrderId();
    assertThat(created.getState()).isEqualTo(OrderState.FILLED);

    // updates reach the stream once committed, as the answer does: either may come first
    updates.await(u -> u.getOrder().getOrderId().equals(id)
        && u.getOrder().getState() == OrderState.FILLED, WAIT, "the FILLED update");
    updates.awaitQuiet(Duration.ofMillis(300), WAIT);
    List<OrderUpdate> seen = updates.of(id);
    assertThat(seen.getFirst().getUpdateType()).isEqualTo("CREATED");
    OrderUpdate filled = seen.stream().filter(u -> u.getOrder().getState() == OrderState.FILLED)
        .findFirst().orElseThrow();
    assertThat(filled.hasFill()).as("the FILLED update carries the stream's trade").isTrue();
    assertThat(filled.getFill().getIsMaker()).isFalse();
    assertThat(filled.getFill().getQuantity()).isEqualTo(0.1);
    assertThat(seen.getLast().getOrder().getState()).isEqualTo(OrderState.FILLED);
    assertThat(seen).filteredOn(OrderUpdate::hasFill).hasSize(1);

    Order order = oes.order(id);
    assertThat(order.getState()).isEqualTo(OrderState.FILLED);
    assertThat(new BigDecimal(order.getFilledQuantityDecimal())).isEqualByComparingTo("0.1");
    assertThat(new BigDecimal(order.getAveragePriceDecimal())).isEqualByComparingTo("3500");
    assertThat(order.getExchangeOrderId()).isNotEmpty();
    assertThat(logs.lifecycleErrors()).isEmpty();
  }

  @Test
  void marketableOrdersEndFilledWhicheverOfStreamAndAnswerArrivesFirst() throws Exception {
    venue.moveMid("SOLUSDT", "180.0000");
    UpdateRecorder updates = oes.subscribe("racer", 0);
    awaitLive(updates, "racer");
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      venue.counterparty.placeLimit("SOLUSDT", "SELL", new BigDecimal("1"),
          new BigDecimal("180.0000"), "GTC");
      CreateOrderResponse created = oes.orders().createOrder(CreateOrderRequest.newBuilder()
          .setUserId("racer").setSymbol("SOLUSDT").setSide(OrderSide.BUY)
          .setType(OrderType.LIMIT).setTimeInForce(TimeInForce.GTC).setQuantity(1)
          .setPrice(180.0).build());
      assertThat(created.getState()).as("order %d", i).isEqualTo(OrderState.FILLED);
      String id = created.getOrderId();
      ids.add(id);
      updates.await(u -> u.getOrder().getOrderId().equals(id) && u.hasFill(), WAIT,
          "the fill of order " + i);
      Order order = oes.order(id);
      assertThat(order.getState()).isEqualTo(OrderState.FILLED);
      assertThat(new BigDecimal(order.getFilledQuantityDecimal())).isEqualByComparingTo("1");
      assertThat(new BigDecimal(order.getAveragePriceDecimal())).isEqualByComparingTo("180");
    }
    updates.awaitQuiet(Duration.ofMillis(300), WAIT);
    assertThat(updates.all()).filteredOn(OrderUpdate::hasFill)
        .filteredOn(u -> u.getOrder().getSymbol().equals("SOLUSDT"))
        .extracting(u -> u.getFill().getFillId()).hasSize(20).doesNotHaveDuplicates();
    for (String id : ids) {
      // the exchange's answer often overtakes the trade event; the fill must not trail the state
      OrderUpdate filled = updates.of(id).stream()
          .filter(u -> u.getOrder().getState() == OrderState.FILLED).findFirst().orElseThrow();
      assertThat(filled.hasFill()).as("the FILLED update of %s carries its fill", id).isTrue();
    }
    assertThat(logs.lifecycleErrors()).isEmpty();
  }

  /** Creates {@code request} once the subscription is surely delivering. */
  private static CreateOrderResponse createLive(UpdateRecorder updates,
      CreateOrderRequest request) throws InterruptedException {
    awaitLive(updates, request.getUserId());
    return oes.orders().createOrder(request);
  }

  /** A subscription starts asynchronously: waits until it delivers a throw-away order's news. */
  private static void awaitLive(UpdateRecorder updates, String userId)
      throws InterruptedException {
    String probe = oes.orders().createOrder(CreateOrderRequest.newBuilder().setUserId(userId)
        .setSymbol("BTCUSDT").setSide(OrderSide.BUY).setType(OrderType.MARKET).setQuantity(0.002)
        .build()).getOrderId();
    updates.await(u -> u.getOrder().getOrderId().equals(probe), WAIT, "the probe order");
  }

  private static void takeFromCounterparty(String symbol, String side, String quantity,
      String price) {
    venue.counterparty.placeLimit(symbol, side, new BigDecimal(quantity), new BigDecimal(price),
        "GTC");
  }

  private static void amendPrice(String orderId, double price) {
    Order amended = oes.orders().amendOrder(AmendOrderRequest.newBuilder().setOrderId(orderId)
        .setPrice(price).build()).getOrder();
    assertThat(amended.getPrice()).isEqualTo(price);
  }

  private static List<OrderUpdate> awaitFills(UpdateRecorder updates, String orderId, int count)
      throws InterruptedException {
    updates.await(u -> u.getOrder().getOrderId().equals(orderId)
        && updates.of(orderId).stream().filter(OrderUpdate::hasFill).count() >= count,
        WAIT, count + " fills of " + orderId);
    return updates.of(orderId).stream().filter(OrderUpdate::hasFill).toList();
  }
}
