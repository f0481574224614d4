package io.oes.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.oes.api.AdminServiceGrpc;
import io.oes.api.CancelOrderRequest;
import io.oes.api.CreateOrderRequest;
import io.oes.api.GetPositionsRequest;
import io.oes.api.GetTradingStatusRequest;
import io.oes.api.HaltRequest;
import io.oes.api.OrderSide;
import io.oes.api.OrderState;
import io.oes.api.OrderType;
import io.oes.api.ReduceRequest;
import io.oes.api.Position;
import io.oes.api.TimeInForce;
import io.oes.api.TradingStatus;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an account owns outlives the gateway: two gateways in turn, on the same store, trade on
 * one simulator that runs throughout (so the exchange remembers what the first one did).
 */
@Timeout(180)
class StateSurvivesRestartTest {
  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final Duration WAIT = Duration.ofSeconds(15);
  private Venue venue;
  private LogWatch logs;
  private String schema;

  @BeforeEach
  void startVenue() {
    logs = new LogWatch();
    venue = Venue.still();
    venue.moveMid("BTCUSDT", "95000.00");
  }

  @AfterEach
  void stopVenue() throws Exception {
    venue.close();
    logs.close();
    if (schema != null) {
      sql(POSTGRES, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void aHaltSurvivesARestartWithWhoAndWhyAndCancelsStillGo(String store) throws Exception {
    String env = storeKeys(store);
    String resting;
    try (OesOnVenue first = OesOnVenue.start(venue, "", "", env)) {
      resting = first.orders().createOrder(restingBuy("alice")).getOrderId();
      admin(first).halt(HaltRequest.newBuilder().setReason("exchange incident").build());
    }

    try (OesOnVenue second = OesOnVenue.start(venue, "", "", env)) {
      TradingStatus status = admin(second).getTradingStatus(
          GetTradingStatusRequest.getDefaultInstance());
      assertThat(status.getHalted()).isTrue();
      assertThat(status.getReason()).isEqualTo("exchange incident");
      assertThat(status.getChangedBy()).isEqualTo("anonymous");
      assertThat(logs.containing("Trading is HALTED, as restored from the store")).hasSize(1);
      assertThatThrownBy(() -> second.orders().createOrder(restingBuy("alice")))
          .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
            assertThat(e.getStatus().getDescription()).contains("exchange incident");
          });
      assertThat(second.orders().cancelOrder(CancelOrderRequest.newBuilder()
          .setOrderId(resting).build()).getState()).isEqualTo(OrderState.CANCELED);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void aReducingModeSurvivesARestart(String store) throws Exception {
    String env = storeKeys(store);
    try (OesOnVenue first = OesOnVenue.start(venue, "", "", env)) {
      admin(first).reduce(ReduceRequest.newBuilder().setReason("winding down").build());
    }

    try (OesOnVenue second = OesOnVenue.start(venue, "", "", env)) {
      TradingStatus status = admin(second).getTradingStatus(
          GetTradingStatusRequest.getDefaultInstance());
      assertThat(status.getMode()).isEqualTo("REDUCING");
      assertThat(status.getReason()).isEqualTo("winding down");
      assertThat(logs.containing("Trading is REDUCING, as restored from the store")).hasSize(1);
      assertThatThrownBy(() -> second.orders().createOrder(restingBuy("alice")))
          .isInstanceOfSatisfying(StatusRuntimeException.class, e ->
              assertThat(e.getStatus().getDescription()).contains("trading is reducing"));
    }
  }

  @Test
  void aHaltTheStoreCannotCommitIsRefusedAndChangesNothing() throws Exception {
    try (OesOnVenue oes = OesOnVenue.start(venue, "", "", storeKeys("postgres"))) {
      sql(POSTGRES, "ALTER TABLE " + schema + ".account_state RENAME TO account_state_away");

      assertThatThrownBy(() -> admin(oes).halt(HaltRequest.newBuilder().setReason("drill")
          .build()))
          .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
            assertThat(e.getStatus().getDescription())
                .contains("the trading state could not be saved").endsWith("unchanged: ACTIVE");
          });
      HttpResponse<String> overHttp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + oes.gateway.httpPort() + "/admin/halt?reason=drill"))
          .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(overHttp.statusCode()).isEqualTo(503);
      assertThat(overHttp.body()).contains("unchanged: ACTIVE");
      assertThat(admin(oes).getTradingStatus(GetTradingStatusRequest.getDefaultInstance())
          .getHalted()).isFalse();
      assertThat(oes.orders().createOrder(restingBuy("alice")).getState())
          .isEqualTo(OrderState.SUBMITTED);
    }
  }

  @Test
  void positionsRebuiltFromTheStoreEqualTheExchangesAndFollowNewFills() throws Exception {
    String env = storeKeys("sqlite");
    List<Position> before;
    try (OesOnVenue first = OesOnVenue.start(venue, "", "", env)) {
      market(first, "alice", OrderSide.BUY, 0.03);
      market(first, "alice", OrderSide.SELL, 0.01);
      market(first, "bob", OrderSide.SELL, 0.005);
      before = awaitPositions(first, "0.015");
    }

    try (OesOnVenue second = OesOnVenue.start(venue, "", "", env)) {
      List<Position> after = positions(second);
      assertThat(after).extracting(Position::getSizeDecimal, Position::getEntryPriceDecimal,
              Position::getRealizedPnlDecimal, Position::getFeesDecimal)
          .isEqualTo(before.stream().map(p -> tuple(
              p.getSizeDecimal(), p.getEntryPriceDecimal(), p.getRealizedPnlDecimal(),
              p.getFeesDecimal())).toList());
      assertThat(after).extracting(Position::getUserId).containsExactly("alice", "bob");
      JsonNode exchange = onlyExchangePosition();
      Position alice = after.get(0);
      assertThat(new BigDecimal(alice.getSizeDecimal())).isEqualByComparingTo("0.02");
      assertThat(new BigDecimal(alice.getEntryPriceDecimal()))
          .isEqualByComparingTo(exchange.path("entryPrice").asText());
      assertThat(new BigDecimal(alice.getMarkPriceDecimal()))
          .isEqualByComparingTo(exchange.path("markPrice").asText());
      assertThat(logs.containing("Position mismatch")).isEmpty();
      assertThat(logs.containing("checked against the exchange: 1 symbols, 0 differ"))
          .hasSize(1);

      market(second, "alice", OrderSide.BUY, 0.01);
      awaitPositions(second, "0.025");
    }
  }

  @Test
  void aPositionOesDidNotTradeIsLoggedWithBothFiguresAndCounted() throws Exception {
    venue.oesAccount.placeLimit("BTCUSDT", "BUY", new BigDecimal("0.004"),
        new BigDecimal("96000.0"), "IOC");

    try (OesOnVenue oes = OesOnVenue.start(venue, "", "", storeKeys("sqlite"))) {
      assertThat(logs.containing("Position mismatch on account main BTCUSDT: oes 0 from its"
          + " fills, exchange 0.004")).hasSize(1);
      String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
              "http://127.0.0.1:" + oes.gateway.httpPort() + "/metrics")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      assertThat(metrics).contains(
          "order_execution_position_mismatches_total{account=\"main\",symbol=\"BTCUSDT\"} 1.0");
    }
  }

  @Test
  void theDailyOrderLimitStillHoldsAfterARestart() throws Exception {
    String env = storeKeys("sqlite");
    String limits = "risk:\n  max_daily_orders: 3\n";
    try (OesOnVenue first = OesOnVenue.start(venue, "", limits, env)) {
      String canceled = first.orders().createOrder(restingBuy("alice")).getOrderId();
      first.orders().cancelOrder(CancelOrderRequest.newBuilder().setOrderId(canceled).build());
      first.orders().createOrder(restingBuy("alice"));
    }

    try (OesOnVenue second = OesOnVenue.start(venue, "", limits, env)) {
      assertThat(second.orders().createOrder(restingBuy("alice")).getState())
          .isEqualTo(OrderState.SUBMITTED);
      assertThatThrownBy(() -> second.orders().createOrder(restingBuy("alice")))
          .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
            assertThat(e.getStatus().getDescription()).contains("max_daily_orders")
                .contains("orders 4");
          });
      assertThat(second.orders().createOrder(restingBuy("bob")).getState())
          .isEqualTo(OrderState.SUBMITTED);
    }
  }

  private List<Position> awaitPositions(OesOnVenue oes, String accountSize) {
    Awaitility.await().atMost(WAIT).until(() -> positions(oes).stream()
        .map(p -> new BigDecimal(p.getSizeDecimal())).reduce(BigDecimal.ZERO, BigDecimal::add)
        .compareTo(new BigDecimal(accountSize)) == 0
        && new BigDecimal(onlyExchangePosition().path("positionAmt").asText())
            .compareTo(new BigDecimal(accountSize)) == 0);
    return positions(oes);
  }

  private static List<Position> positions(OesOnVenue oes) {
    return oes.orders().getPositions(GetPositionsRequest.newBuilder().setSymbol("BTCUSDT")
        .build()).getPositionsList();
  }

  private JsonNode onlyExchangePosition() {
    List<JsonNode> held = venue.oesAccount.positions().stream()
        .filter(p -> p.path("symbol").asText().equals("BTCUSDT")).toList();
    assertThat(held).hasSize(1);
    return held.get(0);
  }

  private static void market(OesOnVenue oes, String user, OrderSide side, double quantity) {
    assertThat(oes.orders().createOrder(CreateOrderRequest.newBuilder().setUserId(user)
        .setSymbol("BTCUSDT").setSide(side).setType(OrderType.MARKET).setQuantity(quantity)
        .build()).getState()).isIn(OrderState.FILLED, OrderState.SUBMITTED,
        OrderState.PARTIALLY_FILLED);
  }

  private static CreateOrderRequest restingBuy(String user) {
    return CreateOrderRequest.newBuilder().setUserId(user).setSymbol("BTCUSDT")
        .setSide(OrderSide.BUY).setType(OrderType.LIMIT).setTimeInForce(TimeInForce.GTC)
        .setQuantity(0.002).setPrice(90000.0).build();
  }

  private static AdminServiceGrpc.AdminServiceBlockingStub admin(OesOnVenue oes) {
    return AdminServiceGrpc.newBlockingStub(oes.channel).withDeadlineAfter(30, TimeUnit.SECONDS);
  }

  /** A fresh SQLite folder, or a fresh PostgreSQL schema dropped after the test. */
  private String storeKeys(String store) throws Exception {
    if (store.equals("sqlite")) {
      return "type: sqlite\nurl: jdbc:sqlite:" + Files.createTempDirectory("oes-state") + "/oes.db";
    }
    schema = "oes_state_it_" + System.nanoTime();
    sql(POSTGRES, "CREATE SCHEMA " + schema);
    return "type: postgres\nurl: " + POSTGRES + "?currentSchema=" + schema + "\nusername: postgres";
  }

  private static void sql(String url, String statement) throws Exception {
    try (Connection db = DriverManager.getConnection(url, "postgres", "");
        Statement st = db.createStatement()) {
      st.execute(statement);
    }
  }
}
