package io.oes.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.oes.api.AmendOrderRequest;
import io.oes.api.CreateOrderRequest;
import io.oes.api.GetOrderRequest;
import io.oes.api.GetOrdersRequest;
import io.oes.api.GetOrdersResponse;
import io.oes.api.Order;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * 10,000 random CreateOrder and AmendOrder requests, each a valid request broken by one {@link
 * Corruption} (with an occasional untouched valid one), sent over the real gRPC port of a real
 * gateway. Every broken one must be refused with INVALID_ARGUMENT; afterwards the gateway is
 * healthy, lists no order created from a broken request, and the resting orders the amends
 * aimed at still have their original terms.
 */
class FuzzedOrderInputProperties {

  private static final String USER = "fuzz";
  private static final Set<String> LISTED = Set.of("BTCUSDT", "ETHUSDT", "BNBUSDT", "SOLUSDT");
  private static InProcessGateway running;
  private static List<String> resting;
  private static final Set<String> brokenClientIds = ConcurrentHashMap.newKeySet();
  private static final AtomicLong sequence = new AtomicLong();

  @BeforeContainer
  static void start() {
    running = InProcessGateway.start();
    resting = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      resting.add(running.orders().createOrder(InProcessGateway.restingBuy(USER).build())
          .getOrderId());
    }
  }

  /** Runs after both properties, whatever their order: the state they must leave behind. */
  @AfterContainer
  static void afterwardsTheGatewayIsHealthyAndHoldsNothingFromBrokenRequests() throws Exception {
    try {
      assertThat(running.get("/health").statusCode()).isEqualTo(200);
      assertThat(brokenClientIds).hasSizeGreaterThan(7_000);
      for (Order order : allOrdersOf(USER)) {
        assertThat(brokenClientIds).doesNotContain(order.getClientOrderId());
      }
      for (String orderId : resting) {
        Order order = running.orders().getOrder(GetOrderRequest.newBuilder().setOrderId(orderId)
            .build()).getOrder();
        assertThat(order.getPrice()).isEqualTo(60000.0);
        assertThat(order.getQuantity()).isEqualTo(0.01);
      }
    } finally {
      running.close();
    }
  }

  @Property(tries = 8_000, shrinking = ShrinkingMode.OFF)
  void aBrokenCreateOrderIsRefusedAndCreatesNothing(@ForAll("corruptions") Corruption broken,
      @ForAll("validNow") boolean untouched) {
    String clientId = "fz-" + sequence.incrementAndGet();
    CreateOrderRequest.Builder request = InProcessGateway.restingBuy(USER).setClientOrderId(clientId);
    if (untouched) {
      assertAcceptedOrRefusedForLoad(request.build());
      return;
    }
    brokenClientIds.add(clientId);
    assertRefusedAsInvalid(() -> running.orders().createOrder(broken.onCreate().apply(request)
        .build()), broken);
  }

  @Property(tries = 2_000, shrinking = ShrinkingMode.OFF)
  void aBrokenAmendIsRefusedAndChangesNothing(@ForAll("amendCorruptions") Corruption broken,
      @ForAll("restingIndex") int which) {
    AmendOrderRequest.Builder request = AmendOrderRequest.newBuilder()
        .setOrderId(resting.get(which));
    assertRefusedAsInvalid(() -> running.orders().amendOrder(broken.onAmend().apply(request)
        .build()), broken);
  }

  private static List<Order> allOrdersOf(String user) {
    List<Order> orders = new ArrayList<>();
    String token = "";
    do {
      GetOrdersResponse page = running.orders().getOrders(GetOrdersRequest.newBuilder()
          .setUserId(user).setLimit(1000).setPageToken(token).build());
      orders.addAll(page.getOrdersList());
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    return orders;
  }

  /** A valid order is taken, or refused only for load (rate limit, open-order limits). */
  private static void assertAcceptedOrRefusedForLoad(CreateOrderRequest valid) {
    try {
      running.orders().createOrder(valid);
    } catch (StatusRuntimeException refused) {
      assertThat(refused.getStatus().getCode()).as("%s", refused.getStatus())
          .isIn(Status.Code.RESOURCE_EXHAUSTED, Status.Code.FAILED_PRECONDITION);
    }
  }

  private static void assertRefusedAsInvalid(Runnable call, Corruption broken) {
    try {
      call.run();
    } catch (StatusRuntimeException refused) {
      assertThat(refused.getStatus().getCode()).as("%s %s: %s", broken.rule(), broken.value(),
          refused.getStatus()).isEqualTo(Status.Code.INVALID_ARGUMENT);
      return;
    }
    throw new AssertionError("accepted " + broken.rule() + " " + broken.value());
  }

  @Provide
  Arbitrary<Boolean> validNow() {
    return Arbitraries.integers().between(1, 40).map(n -> n == 1);
  }

  @Provide
  Arbitrary<Integer> restingIndex() {
    return Arbitraries.integers().between(0, 2);
  }

  @Provide
  Arbitrary<Corruption> amendCorruptions() {
    return Arbitraries.oneOf(nonFinite().map(v -> Corruption.quantity("quantity not finite", v)),
        nonFinite().map(v -> Corruption.price("price not finite", v)),
        negative().map(v -> Corruption.quantity("negative quantity", v)),
        negative().map(v -> Corruption.price("negative price", v)),
        offTickPrices(), offStepQuantities(), quantitiesBelowMinimum(), pricesOutOfRange());
  }

  @Provide
  Arbitrary<Corruption> corruptions() {
    return Arbitraries.oneOf(amendCorruptions(),
        nonFinite().map(Corruption::stopPrice),
        Arbitraries.of("side", "type", "time_in_force").flatMap(field ->
            unknownEnumNumbers(field).map(n -> Corruption.enumNumber(field, n))),
        Arbitraries.strings().ofMaxLength(40).filter(s -> !LISTED.contains(s))
            .map(Corruption::symbol),
        Arbitraries.of(Corruption.limitWithoutPrice(), Corruption.marketWithPrice(),
            Corruption.postOnlyWithIoc()),
        Arbitraries.integers().between(1, 1).map(n -> Corruption.belowMinNotional(0.001)));
  }

  private static Arbitrary<Double> nonFinite() {
    return Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
  }

  private static Arbitrary<Double> negative() {
    return Arbitraries.oneOf(magnitudes(-300, 300).map(m -> -m),
        Arbitraries.of(-Double.MAX_VALUE, -Double.MIN_VALUE, -1.0));
  }

  /** Positive doubles from 10^lowest to 10^highest, spread evenly over the exponents. */
  private static Arbitrary<Double> magnitudes(int lowestExponent, int highestExponent) {
    return Arbitraries.doubles().between(1, 9.99).ofScale(4).flatMap(mantissa ->
        Arbitraries.integers().between(lowestExponent, highestExponent)
            .map(exponent -> mantissa * Math.pow(10, exponent)));
  }

  private static Arbitrary<Integer> unknownEnumNumbers(String field) {
    int firstUnknown = switch (field) {
      case "side" -> 3;
      case "type" -> 6;
      default -> 5;
    };
    return Arbitraries.oneOf(Arbitraries.integers().between(firstUnknown, Integer.MAX_VALUE),
        Arbitraries.integers().between(Integer.MIN_VALUE, -1));
  }

  /** 50000.0-69999.9 plus 0.01-0.09: off the 0.1 tick. */
  private static Arbitrary<Corruption> offTickPrices() {
    return Arbitraries.integers().between(500_000, 699_999).flatMap(tenths ->
        Arbitraries.integers().between(1, 9).map(hundredth -> Corruption.price("price off tick",
            BigDecimal.valueOf(tenths, 1).add(BigDecimal.valueOf(hundredth, 2)).doubleValue())));
  }

  /** 0.002-1.000 plus 0.0001-0.0009: off the 0.001 step. */
  private static Arbitrary<Corruption> offStepQuantities() {
    return Arbitraries.integers().between(2, 1000).flatMap(steps ->
        Arbitraries.integers().between(1, 9).map(extra -> Corruption.quantity("quantity off step",
            BigDecimal.valueOf(steps, 3).add(BigDecimal.valueOf(extra, 4)).doubleValue())));
  }

  private static Arbitrary<Corruption> quantitiesBelowMinimum() {
    return Arbitraries.oneOf(magnitudes(-300, -5),
            Arbitraries.of(Double.MIN_VALUE, 0.0009999, 0.0009))
        .map(q -> Corruption.quantity("quantity below minimum", q));
  }

  private static Arbitrary<Corruption> pricesOutOfRange() {
    return Arbitraries.oneOf(
        magnitudes(7, 300).map(Math::rint),
        Arbitraries.integers().between(1, 5567).map(tenths -> tenths / 10.0))
        .map(p -> Corruption.price("price out of range", p));
  }
}
