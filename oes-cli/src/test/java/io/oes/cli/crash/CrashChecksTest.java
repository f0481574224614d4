package io.oes.cli.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.oes.api.CreateOrderResponse;
import io.oes.api.Order;
import io.oes.api.OrderSide;
import io.oes.api.OrderState;
import io.oes.api.OrderType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The crash suite's checks on books made by hand: each violation counted where it is real. */
class CrashChecksTest {
  private static final BigDecimal QTY = new BigDecimal("0.002");
  private static final BigDecimal PRICE = new BigDecimal("60000.0");

  private final Intent first = Intent.resting("u", "c1", "BTCUSDT", QTY, PRICE);
  private final Intent second = Intent.market("u", "c2", "BTCUSDT", OrderSide.BUY, QTY);
  private final Totals totals = new Totals("test");

  @Test
  void oneExchangeOrderPerIntentAndMatchingFillsAreNoViolation() {
    answer(first, "A", OrderState.SUBMITTED);
    answer(second, "B", OrderState.FILLED);
    check(Map.of(first, Optional.of(resting("A", "c1", 1)), second,
            Optional.of(market("B", "c2", 2, "0.002", "0.1"))),
        List.of(exchangeResting(1, "x1"), exchangeMarket(2, "x2")), "0.002", "0.1");

    assertThat(totals.violations()).as(totals.line()).isZero();
  }

  @Test
  void aSecondExchangeOrderOfAnIntentIsADuplicateNoIntentClaims() {
    answer(first, "A", OrderState.SUBMITTED);
    refuse(second);
    Order adopted = resting("Z", "", 3).toBuilder().setUserId("").build();
    check(Map.of(first, Optional.of(resting("A", "c1", 1)), second, Optional.empty()),
        List.of(exchangeResting(1, "x1"), exchangeResting(3, "x3")), "0", "0", adopted);

    assertThat(totals.count("duplicates")).isEqualTo(1);
    assertThat(totals.count("unattributed")).isEqualTo(1);
    assertThat(totals.violations()).as(totals.line()).isEqualTo(2);
  }

  @Test
  void anAcknowledgedOrderTheGatewayNoLongerFindsByItsClientIdIsLost() {
    answer(first, "A", OrderState.SUBMITTED);
    refuse(second);
    Order orphan = resting("A", "A", 1).toBuilder().setUserId("").build();
    check(Map.of(first, Optional.empty(), second, Optional.empty()),
        List.of(exchangeResting(1, "x1")), "0", "0", orphan);

    assertThat(totals.count("lost_orders")).isEqualTo(1);
    assertThat(totals.count("unattributed")).isEqualTo(1);
    assertThat(totals.count("duplicates")).isZero();
    assertThat(totals.violations()).as(totals.line()).isEqualTo(2);
  }

  @Test
  void aRejectedIntentWhoseOrderReachedTheExchangeIsCounted() {
    answer(first, "A", OrderState.REJECTED);
    refuse(second);
    Order rejected = resting("A", "c1", 1).toBuilder().setState(OrderState.REJECTED).build();
    check(Map.of(first, Optional.of(rejected), second, Optional.empty()),
        List.of(exchangeResting(1, "x1")), "0", "0");

    assertThat(totals.count("rejected_with_order")).isEqualTo(1);
    assertThat(totals.count("state_mismatches")).isEqualTo(1);
    assertThat(totals.violations()).as(totals.line()).isEqualTo(2);
  }

  @Test
  void aFillTheGatewayMissedIsALostFillAndMovesThePosition() {
    refuse(first);
    answer(second, "B", OrderState.SUBMITTED);
    Order unfilled = market("B", "c2", 2, "0", "0").toBuilder().setState(OrderState.SUBMITTED)
        .build();
    check(Map.of(first, Optional.empty(), second, Optional.of(unfilled)),
        List.of(exchangeMarket(2, "x2")), "0.002", "0.1");

    assertThat(totals.count("lost_fills")).isEqualTo(1);
    assertThat(totals.count("fee_mismatches")).isEqualTo(1);
    assertThat(totals.count("position_mismatches")).isEqualTo(1);
    assertThat(totals.count("state_mismatches")).isEqualTo(1);
    assertThat(totals.violations()).as(totals.line()).isEqualTo(4);
  }

  @Test
  void theStreamMustHoldEveryJournalEventOnceAndNothingElse() {
    List<JournalEvent> journal = List.of(new JournalEvent(1, "A", "CREATED", false),
        new JournalEvent(2, "A", "SUBMITTED", false), new JournalEvent(3, "B", "FILLED", true));
    List<JournalEvent> stream = List.of(new JournalEvent(1, "A", "CREATED", false),
        new JournalEvent(1, "A", "CREATED", false), new JournalEvent(3, "B", "FILLED", false),
        new JournalEvent(2, "Z", "CREATED", false));

    EventChecks.check(journal, stream, totals);

    assertThat(totals.count("nats_duplicates")).isEqualTo(1);
    assertThat(totals.count("nats_extra")).isEqualTo(1);
    assertThat(totals.count("nats_missing")).isEqualTo(2);
  }

  private static void answer(Intent intent, String orderId, OrderState state) {
    intent.answered(Answer.of(CreateOrderResponse.newBuilder().setOrderId(orderId)
        .setClientOrderId(intent.clientOrderId).setState(state).build(), 1));
  }

  private static void refuse(Intent intent) {
    intent.answered(Answer.refused(Status.INVALID_ARGUMENT.withDescription("refused"), 1));
  }

  private void check(Map<Intent, Optional<Order>> byIntent, List<ExchangeOrder> onExchange,
      String filledOn2, String commissionOn2, Order... others) {
    List<Order> orders = new ArrayList<>(byIntent.values().stream()
        .flatMap(Optional::stream).toList());
    orders.addAll(List.of(others));
    Map<String, ExchangeFills> fills = new HashMap<>();
    BigDecimal filled = new BigDecimal(filledOn2);
    if (filled.signum() > 0) {
      fills.put(ExchangeOrder.key("BTCUSDT", 2), ExchangeFills.NONE.plus(filled,
          new BigDecimal(commissionOn2)));
    }
    GatewayBook gateway = new GatewayBook(orders, byIntent, List.of());
    ExchangeBook exchange = new ExchangeBook(onExchange, fills, Map.of("BTCUSDT", filled));
    new OrderChecks(gateway, exchange, totals).check(List.of(first, second));
    new FillChecks(gateway, exchange, totals).check();
  }

  private static Order resting(String orderId, String clientOrderId, long exchangeId) {
    return Order.newBuilder().setOrderId(orderId).setClientOrderId(clientOrderId).setUserId("u")
        .setSymbol("BTCUSDT").setSide(OrderSide.BUY).setType(OrderType.LIMIT)
        .setState(OrderState.SUBMITTED).setQuantityDecimal("0.002").setPriceDecimal("60000.0")
        .setFilledQuantityDecimal("0").setFeeDecimal("0")
        .setExchangeOrderId(String.valueOf(exchangeId)).build();
  }

  private static Order market(String orderId, String clientOrderId, long exchangeId,
      String filled, String fee) {
    return resting(orderId, clientOrderId, exchangeId).toBuilder().setType(OrderType.MARKET)
        .setState(OrderState.FILLED).setPriceDecimal("").setFilledQuantityDecimal(filled)
        .setFeeDecimal(fee).build();
  }

  private static ExchangeOrder exchangeResting(long id, String clientId) {
    return new ExchangeOrder(id, clientId, "BTCUSDT", "BUY", "LIMIT", "NEW", PRICE, QTY,
        BigDecimal.ZERO);
  }

  private static ExchangeOrder exchangeMarket(long id, String clientId) {
    return new ExchangeOrder(id, clientId, "BTCUSDT", "BUY", "MARKET", "FILLED", BigDecimal.ZERO,
        QTY, QTY);
  }
}
