package io.oes.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import io.oes.api.AdminServiceGrpc;
import io.oes.api.CancelOrderRequest;
import io.oes.api.CreateOrderRequest;
import io.oes.api.HaltRequest;
import io.oes.api.OrderSide;
import io.oes.api.OrderState;
import io.oes.api.OrderType;
import io.oes.api.TimeInForce;
import io.oes.testing.Ports;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two gateways on one PostgreSQL schema with the same account, in cluster mode, against one
 * simulator: the first to start owns the account and the other stands by until it is gone;
 * an owner whose lease is lost stops trading and says so.
 */
class OwnershipByLeaseTest {
  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Venue venue;
  private String schema;

  @BeforeEach
  void start() throws Exception {
    venue = Venue.still();
    schema = "oes_lease_it_" + System.nanoTime();
    sql("CREATE SCHEMA " + schema);
  }

  @AfterEach
  void stop() throws Exception {
    venue.close();
    sql("DROP SCHEMA " + schema + " CASCADE");
  }

  @Test
  @Timeout(120)
  void theStandbyTakesOverWhenTheOwnerStopsAndTradesItsOpenOrders() throws Exception {
    String orderId;
    long lastSequence;
    CompletableFuture<OesOnVenue> standby;
    int standbyHttp = Ports.free();
    try (OesOnVenue owner = start("instance-a")) {
      standby = CompletableFuture.supplyAsync(() -> start("instance-b", standbyHttp));
      orderId = owner.orders().createOrder(restingBuy()).getOrderId();
      lastSequence = journalHead();
      assertThat(health(owner)).contains("owns main (fence 1)");
      // the standby waits while the owner lives, and says so on its HTTP port
      Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
          assertThat(health(standbyHttp))
              .contains("standing by for main (held by instance-a at 127.0.0.1:"));
      assertThat(standby).isNotDone();
    }
    try (OesOnVenue successor = standby.get(60, TimeUnit.SECONDS)) {
      assertThat(health(successor)).contains("owns main (fence 2)");
      assertThat(successor.order(orderId).getState()).isEqualTo(OrderState.SUBMITTED);
      assertThat(successor.orders().cancelOrder(CancelOrderRequest.newBuilder()
          .setOrderId(orderId).build()).getState()).isEqualTo(OrderState.CANCELED);
      // the journal goes on from where the owner left it
      assertThat(journalHead()).isEqualTo(lastSequence + 1);
    }
  }

  @Test
  @Timeout(120)
  void anOwnerWhoseLeaseIsLostStopsTradingTheAccountAndSaysSo() throws Exception {
    try (OesOnVenue owner = start("instance-a")) {
      String orderId = owner.orders().createOrder(restingBuy()).getOrderId();
      // as when PostgreSQL ends the session of an owner cut off from it
      sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
          + " WHERE application_name = 'oes-lease instance-a'");

      Awaitility.await().atMost(Duration.ofSeconds(20))
          .until(() -> health(owner).contains("lost main"));
      assertThatThrownBy(() -> owner.orders().createOrder(restingBuy()))
          .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
            assertThat(e.getStatus().getDescription())
                .contains("account main is not traded by this instance: its lease was lost");
          });
      assertThatThrownBy(() -> owner.orders().cancelOrder(CancelOrderRequest.newBuilder()
          .setOrderId(orderId).build()))
          .hasMessageContaining("not traded by this instance");
      // nothing was sent: the order still rests on the exchange
      assertThat(venue.oesAccount.openOrders()).hasSize(1);
    }
  }

  @Test
  @Timeout(120)
  void twoInstancesEachTradeTheirAccountForwardTheOthersCallsAndStreamEveryUpdate()
      throws Exception {
    try (OesOnVenue a = startTrading("instance-a", "alpha");
        OesOnVenue b = startTrading("instance-b", "beta")) {
      UpdateRecorder onA = a.subscribe("", 0);
      UpdateRecorder onB = b.subscribe("", 0);
      String alices = a.orders().createOrder(restingBuy("alice")).getOrderId();
      String bobs = b.orders().createOrder(restingBuy("bob")).getOrderId();
      a.orders().cancelOrder(CancelOrderRequest.newBuilder().setOrderId(alices).build());

      // a call for the other instance's account is forwarded to it, and answered from there
      String alicesViaB = b.orders().createOrder(restingBuy("alice")).getOrderId();
      assertThat(a.order(alicesViaB).getState()).isEqualTo(OrderState.SUBMITTED);
      assertThat(a.orders().cancelOrder(CancelOrderRequest.newBuilder().setOrderId(bobs)
          .build()).getState()).isEqualTo(OrderState.CANCELED);
      assertThat(venue.counterparty.openOrders()).isEmpty();
      // a call forwarded once is not forwarded again: refused, naming the owner
      assertThatThrownBy(() -> b.orders().withInterceptors(MetadataUtils
          .newAttachHeadersInterceptor(forwardedBy("instance-x"))).createOrder(restingBuy("alice")))
          .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
            assertThat(e.getStatus().getDescription()).contains("user alice trades on account"
                + " alpha, which this gateway does not run; it is traded by instance instance-a");
          });
      assertThat(health(a)).contains("owns alpha (fence 1)").contains("beta by instance-b");

      // both streams carry both accounts' updates, numbered and ordered as the journal
      for (UpdateRecorder stream : List.of(onA, onB)) {
        stream.await(u -> u.getOrder().getOrderId().equals(bobs)
            && u.getOrder().getState() == OrderState.CANCELED, Duration.ofSeconds(10), "bob's");
        stream.await(u -> u.getOrder().getOrderId().equals(alicesViaB), Duration.ofSeconds(10),
            "alice's second");
        stream.await(u -> u.getOrder().getOrderId().equals(alices)
            && u.getOrder().getState() == OrderState.CANCELED, Duration.ofSeconds(10), "alice's");
      }
      // (a live subscription starts a moment after the call: compare from its first update on)
      List<Long> journal = journalSequences();
      for (UpdateRecorder stream : List.of(onA, onB)) {
        List<Long> seen = stream.all().stream().map(u -> u.getSequence()).toList();
        assertThat(seen).containsExactlyElementsOf(
            journal.subList(journal.indexOf(seen.get(0)), journal.size()));
      }

      // a halt sent to one instance stops new orders on the other's account too
      AdminServiceGrpc.newBlockingStub(a.channel).withDeadlineAfter(30, TimeUnit.SECONDS)
          .halt(HaltRequest.newBuilder().setReason("drill").build());
      Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
          assertThatThrownBy(() -> b.orders().createOrder(restingBuy("bob")))
              .hasMessageContaining("trading halted: drill"));
    }
  }

  private static Metadata forwardedBy(String instance) {
    Metadata headers = new Metadata();
    headers.put(Metadata.Key.of("oes-forwarded-by", Metadata.ASCII_STRING_MARSHALLER), instance);
    return headers;
  }

  /** An instance trading {@code account} of two, on a gRPC port others can be told of. */
  private OesOnVenue startTrading(String instance, String account) {
    int port = Ports.free();
    return OesOnVenue.start(twoAccounts(instance, account, port),
        Map.of("GRPC_PORT", Integer.toString(port), "HTTP_PORT", "0"));
  }

  private String twoAccounts(String instance, String trades, int grpcPort) {
    return """
        exchange:
          mode: testnet
          base_url: %s
          ws_url: %s
          accounts:
            - {id: alpha, api_key: %s, secret_key: %s, users: [alice]}
            - {id: beta, api_key: %s, secret_key: %s, users: [bob]}
        store: {type: postgres, url: "%s?currentSchema=%s", username: postgres}
        cluster:
          enabled: true
          instance_id: %s
          address: 127.0.0.1:%d
          accounts: [%s]
        """.formatted(venue.sim.baseUrl(), venue.sim.webSocketUrl(), venue.oesAccount.apiKey,
        venue.oesAccount.secretKey, venue.counterparty.apiKey, venue.counterparty.secretKey,
        POSTGRES, schema, instance, grpcPort, trades);
  }

  private List<Long> journalSequences() throws Exception {
    List<Long> sequences = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(POSTGRES, "postgres", "");
        Statement st = db.createStatement();
        var rows = st.executeQuery("SELECT sequence FROM " + schema
            + ".order_events ORDER BY sequence")) {
      while (rows.next()) {
        sequences.add(rows.getLong(1));
      }
    }
    return sequences;
  }

  /** An instance trading the venue's account, on a gRPC port others can be told of. */
  private OesOnVenue start(String instance) {
    return start(instance, 0);
  }

  private OesOnVenue start(String instance, int httpPort) {
    int port = Ports.free();
    return OesOnVenue.start(OesOnVenue.yaml(venue, "", """
        cluster:
          enabled: true
          instance_id: %s
          address: 127.0.0.1:%d
          lease_ttl_ms: 1500
        """.formatted(instance, port),
        "type: postgres\nurl: " + POSTGRES + "?currentSchema=" + schema + "\nusername: postgres"),
        Map.of("GRPC_PORT", Integer.toString(port), "HTTP_PORT", Integer.toString(httpPort)));
  }

  /** The newest sequence of the journal. */
  private long journalHead() throws Exception {
    try (Connection db = DriverManager.getConnection(POSTGRES, "postgres", "");
        Statement st = db.createStatement();
        var rows = st.executeQuery("SELECT last_sequence FROM " + schema + ".journal_head")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static String health(OesOnVenue oes) throws Exception {
    return health(oes.gateway.httpPort());
  }

  /** The body of {@code /health} on {@code port}; empty while nothing answers there. */
  private static String health(int port) throws Exception {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
          + "/health")).build(), HttpResponse.BodyHandlers.ofString()).body();
    } catch (ConnectException e) {
      return "";
    }
  }

  private static CreateOrderRequest restingBuy() {
    return restingBuy("alice");
  }

  private static CreateOrderRequest restingBuy(String user) {
    return CreateOrderRequest.newBuilder().setUserId(user).setSymbol("BTCUSDT")
        .setSide(OrderSide.BUY).setType(OrderType.LIMIT).setTimeInForce(TimeInForce.GTC)
        .setQuantity(0.002).setPrice(90000.0).build();
  }

  private static void sql(String statement) throws Exception {
    try (Connection db = DriverManager.getConnection(POSTGRES, "postgres", "");
        Statement st = db.createStatement()) {
      st.execute(statement);
    }
  }
}
