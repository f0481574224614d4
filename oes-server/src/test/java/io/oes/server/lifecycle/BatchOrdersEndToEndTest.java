package io.oes.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.oes.api.BatchCancelOrdersRequest;
import io.oes.api.BatchCancelOrdersResponse;
import io.oes.api.BatchCancelResult;
import io.oes.api.BatchCreateOrdersRequest;
import io.oes.api.BatchCreateOrdersResponse;
import io.oes.api.BatchCreateResult;
import io.oes.api.CancelOrderRequest;
import io.oes.api.CreateOrderRequest;
import io.oes.api.OrderSide;
import io.oes.api.OrderState;
import io.oes.api.OrderType;
import io.oes.api.TimeInForce;
import io.oes.core.order.ExchangeClientIds;
import io.oes.server.ScrapedMetrics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * BatchCreateOrders and BatchCancelOrders through the real gRPC port, against the simulator
 * over its real HTTP protocol: each item answers on its own, and the exchange holds exactly
 * what the answers say.
 */
@Timeout(120)
class BatchOrdersEndToEndTest {
  private static Venue venue;
  private static OesOnVenue oes;

  @BeforeAll
  static void start() {
    venue = Venue.still();
    oes = OesOnVenue.start(venue, "cancel_countdown_s: 0", "");
  }

  @AfterAll
  static void stop() {
    oes.close();
    venue.close();
  }

  private static CreateOrderRequest.Builder restingBuy(String user, String clientOrderId) {
    return CreateOrderRequest.newBuilder().setUserId(user).setClientOrderId(clientOrderId)
        .setSymbol("BTCUSDT").setSide(OrderSide.BUY).setType(OrderType.LIMIT)
        .setTimeInForce(TimeInForce.GTC).setQuantity(0.01).setPrice(90000.0);
  }

  private static BatchCreateOrdersRequest sevenWithOneBad(String user) {
    BatchCreateOrdersRequest.Builder batch = BatchCreateOrdersRequest.newBuilder();
    for (int i = 0; i < 7; i++) {
      CreateOrderRequest.Builder item = restingBuy(user, user + "-" + i);
      batch.addOrders(i == 3 ? item.setQuantity(0.0001) : item);
    }
    return batch.build();
  }

  /** The exchange client ids oes sends for {@code user}'s orders {@code prefix-0…count-1}. */
  private static Set<String> venueIds(String user, String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i ->
        ExchangeClientIds.of("oes-", "main", user, prefix + i)).collect(Collectors.toSet());
  }

  private static long openOnVenue(Set<String> venueIds) {
    return count(venue.oesAccount.openOrders(), venueIds);
  }

  private static long count(List<JsonNode> orders, Set<String> venueIds) {
    return orders.stream()
        .filter(order -> venueIds.contains(order.path("clientOrderId").asText())).count();
  }

  @Test
  void aBatchOfSevenWithOneBadItemPlacesTheOtherSixAndAnswersEachInOrder() throws Exception {
    double batchRequestsBefore = exchangeRequests("POST /fapi/v1/batchOrders");

    BatchCreateOrdersResponse response =
        oes.orders().batchCreateOrders(sevenWithOneBad("batcher"));

    List<BatchCreateResult> results = response.getResultsList();
    assertThat(results).extracting(BatchCreateResult::getIndex)
        .containsExactly(0, 1, 2, 3, 4, 5, 6);
    BatchCreateResult bad = results.get(3);
    assertThat(bad.hasError()).isTrue();
    assertThat(bad.getError().getCode()).isEqualTo("INVALID_ARGUMENT");
    assertThat(bad.getError().getMessage()).contains("quantity 0.0001")
        .contains("below minimum 0.001");
    for (int i : List.of(0, 1, 2, 4, 5, 6)) {
      BatchCreateResult placed = results.get(i);
      assertThat(placed.hasOrder()).as("item %d: %s", i, placed).isTrue();
      assertThat(placed.getOrder().getClientOrderId()).isEqualTo("batcher-" + i);
      assertThat(placed.getOrder().getState()).isEqualTo(OrderState.SUBMITTED);
      assertThat(placed.getOrder().getOrder().getExchangeOrderId()).isNotEmpty();
    }
    Set<String> batcherIds = venueIds("batcher", "batcher-", 7);
    assertThat(openOnVenue(batcherIds)).isEqualTo(6);
    assertThat(count(venue.oesAccount.allOrders("BTCUSDT"), batcherIds)).isEqualTo(6);
    // five went together, the sixth alone
    assertThat(exchangeRequests("POST /fapi/v1/batchOrders")).isEqualTo(batchRequestsBefore + 1);

    // the same batch again: the same orders, nothing more on the exchange
    BatchCreateOrdersResponse again =
        oes.orders().batchCreateOrders(sevenWithOneBad("batcher"));
    for (int i : List.of(0, 1, 2, 4, 5, 6)) {
      assertThat(again.getResults(i).getOrder().getOrderId())
          .isEqualTo(results.get(i).getOrder().getOrderId());
    }
    assertThat(again.getResults(3).getError().getCode()).isEqualTo("INVALID_ARGUMENT");
    assertThat(count(venue.oesAccount.allOrders("BTCUSDT"), batcherIds)).isEqualTo(6);
  }

  @Test
  void malformedItemsAreRefusedOneByOneWithTheFieldTheValueAndTheRule() {
    BatchCreateOrdersResponse response = oes.orders().batchCreateOrders(
        BatchCreateOrdersRequest.newBuilder()
            .addOrders(restingBuy("shaper", "not allowed!"))
            .addOrders(restingBuy("shaper", "shaper-side").setSideValue(7))
            .addOrders(restingBuy("shaper", "shaper-nan").setPrice(Double.NaN))
            .addOrders(restingBuy("shaper", "shaper-tick").setPrice(90000.05))
            .addOrders(restingBuy("shaper", "shaper-ok"))
            .build());

    List<BatchCreateResult> results = response.getResultsList();
    assertThat(results.get(0).getError().getCode()).isEqualTo("INVALID_ARGUMENT");
    assertThat(results.get(0).getError().getMessage())
        .contains("client_order_id").contains("not allowed!").contains("1-36 characters");
    assertThat(results.get(1).getError().getMessage()).contains("side 7")
        .contains("not a known OrderSide");
    assertThat(results.get(2).getError().getMessage()).contains("price NaN")
        .contains("not a finite number");
    assertThat(results.get(3).getError().getMessage()).contains("price 90000.05")
        .contains("tick size 0.1");
    assertThat(results.get(4).getOrder().getState()).isEqualTo(OrderState.SUBMITTED);
    assertThat(openOnVenue(Set.of(ExchangeClientIds.of("oes-", "main", "shaper",
        "shaper-ok")))).isEqualTo(1);
    assertThat(count(venue.oesAccount.allOrders("BTCUSDT"), Set.of("side", "nan", "tick")
        .stream().map(id -> ExchangeClientIds.of("oes-", "main", "shaper", "shaper-" + id))
        .collect(Collectors.toSet()))).isZero();
  }

  @Test
  void aBatchIsRefusedWholeOnlyForItsSize() {
    int ordersBefore = venue.oesAccount.allOrders("BTCUSDT").size();
    BatchCreateOrdersRequest tooMany = BatchCreateOrdersRequest.newBuilder()
        .addAllOrders(Collections.nCopies(101, restingBuy("crowd", "").build())).build();

    assertThatThrownBy(() -> oes.orders().batchCreateOrders(tooMany))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
          assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
          assertThat(e.getStatus().getDescription()).contains("orders").contains("101")
              .contains("100");
        });
    assertThatThrownBy(() -> oes.orders().batchCancelOrders(
        BatchCancelOrdersRequest.getDefaultInstance()))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e ->
            assertThat(e.getStatus().getDescription()).contains("orders is empty"));
    assertThat(venue.oesAccount.allOrders("BTCUSDT")).hasSize(ordersBefore);
  }

  @Test
  void aBatchCancelCancelsEachOrderAndAnswersEachItemInOrder() throws Exception {
    BatchCreateOrdersRequest.Builder create = BatchCreateOrdersRequest.newBuilder();
    IntStream.range(0, 4).forEach(i -> create.addOrders(restingBuy("closer", "closer-" + i)));
    List<String> ids = new ArrayList<>();
    oes.orders().batchCreateOrders(create.build()).getResultsList()
        .forEach(result -> ids.add(result.getOrder().getOrderId()));
    double batchCancelsBefore = exchangeRequests("DELETE /fapi/v1/batchOrders");

    BatchCancelOrdersResponse response = oes.orders().batchCancelOrders(
        BatchCancelOrdersRequest.newBuilder()
            .addOrders(CancelOrderRequest.newBuilder().setOrderId(ids.get(0)))
            .addOrders(CancelOrderRequest.newBuilder().setOrderId("no-such-order"))
            .addOrders(CancelOrderRequest.newBuilder().setClientOrderId("closer-1")
                .setUserId("closer"))
            .addOrders(CancelOrderRequest.newBuilder().setOrderId(ids.get(2)))
            .addOrders(CancelOrderRequest.newBuilder().setOrderId(ids.get(3)))
            .addOrders(CancelOrderRequest.newBuilder())
            .build());

    List<BatchCancelResult> results = response.getResultsList();
    assertThat(results).hasSize(6);
    for (int i : List.of(0, 2, 3, 4)) {
      assertThat(results.get(i).getOrder().getState()).as("item %d", i)
          .isEqualTo(OrderState.CANCELED);
    }
    assertThat(results.get(2).getOrder().getOrderId()).isEqualTo(ids.get(1));
    assertThat(results.get(1).getError().getCode()).isEqualTo("NOT_FOUND");
    assertThat(results.get(1).getError().getMessage()).contains("no-such-order");
    assertThat(results.get(5).getError().getMessage())
        .contains("order_id or client_order_id is required");
    assertThat(openOnVenue(venueIds("closer", "closer-", 4))).isZero();
    assertThat(exchangeRequests("DELETE /fapi/v1/batchOrders"))
        .isEqualTo(batchCancelsBefore + 1);
  }

  private static double exchangeRequests(String endpoint) throws Exception {
    return ScrapedMetrics.exchangeRequests(oes.gateway.httpPort(), endpoint);
  }

}
