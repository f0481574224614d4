package io.oes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Subscription;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import io.oes.api.CreateOrderRequest;
import io.oes.api.GetOrderRequest;
import io.oes.api.OrderServiceGrpc;
import io.oes.binance.BinanceExchange;
import io.oes.binance.rest.BinanceClientConfig;
import io.oes.binance.signing.BinanceCredentials;
import io.oes.core.port.ExecutionReport;
import io.oes.server.config.ConfigLoader;
import io.oes.server.config.OesConfig;
import io.oes.server.security.ApiKeyHash;
import io.oes.testing.LocalServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Order entry over NATS request-reply, as b25's services use it: a real nats-server, the
 * gateway with its simulator, API keys, and JSON requests on {@code orders.requests.*} sent by
 * a plain NATS client.
 */
class NatsOrderEntryTest {
  private static final String TRADER = "oes_nats-trading-key-for-tests-000000000000000";
  private static final String VIEWER = "oes_nats-read-only-key-for-tests-0000000000000";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RESTING_BUY = """
      {"symbol":"BTCUSDT","side":"BUY","type":"LIMIT","quantity":0.01,"price":60000,
       "time_in_force":"GTC"%s}""";
  private static LocalServer nats;
  private static RunningGateway running;
  private static Connection client;
  private static int simPort;

  @BeforeAll
  static void start() throws Exception {
    nats = LocalServer.nats().start();
    simPort = RunningGateway.freePort();
    running = RunningGateway.start(Map.of("NATS_ADDRESS", nats.url()), """
        events: {order_entry: {enabled: true}}
        sim: {port: %d}
        exchange:
          accounts: [{id: main, api_key: nats-sim-key, secret_key: nats-sim-secret}]
        security:
          api_keys:
            - {name: nats-bot, user_id: carol, scopes: [trade, read], key_hash: '%s'}
            - {name: nats-viewer, user_id: carol, scopes: [read], key_hash: '%s'}
        """.formatted(simPort, hash(TRADER), hash(VIEWER)));
    client = Nats.connect(nats.url());
  }

  @AfterAll
  static void stop() throws Exception {
    if (client != null) {
      client.close();
    }
    if (running != null) {
      running.close();
    }
    nats.close();
  }

  @Test
  void anOrderIsCreatedLookedUpAndCanceledOverNats() throws Exception {
    JsonNode created = request("orders.requests.create", RESTING_BUY.formatted(""), TRADER);
    String orderId = created.get("order_id").asText();
    assertThat(created.get("state").asText()).isEqualTo("SUBMITTED");
    assertThat(created.get("order").get("order_id").asText()).isEqualTo(orderId);
    assertThat(created.get("order").get("user_id").asText()).isEqualTo("carol");
    assertThat(created.get("order").get("price").decimalValue()).isEqualByComparingTo("60000");
    assertThat(created.get("timestamp").asText()).endsWith("Z");

    JsonNode found = request("orders.requests.get", "{\"order_id\":\"" + orderId + "\"}",
        TRADER);
    assertThat(found.get("order").get("order_id").asText()).isEqualTo(orderId);
    assertThat(found.get("order").get("state").asText()).isEqualTo("SUBMITTED");

    JsonNode canceled = request("orders.requests.cancel",
        "{\"order_id\":\"" + orderId + "\",\"symbol\":\"BTCUSDT\"}", TRADER);
    assertThat(canceled.get("order_id").asText()).isEqualTo(orderId);
    assertThat(canceled.get("state").asText()).isEqualTo("CANCELED");
    assertThat(request("orders.requests.get", "{\"order_id\":\"" + orderId + "\"}", TRADER)
        .get("order").get("state").asText()).isEqualTo("CANCELED");
  }

  @Test
  void protobufJsonSpellingsAreTakenToo() throws Exception {
    JsonNode created = request("orders.requests.create", """
        {"symbol":"BTCUSDT","side":1,"type":"limit","quantity":"0.01","price":"60000.0",
         "timeInForce":"GTC","clientOrderId":"nats-spelling-1","reduce_only":null}""", TRADER);
    assertThat(created.get("state").asText()).isEqualTo("SUBMITTED");
    assertThat(created.get("client_order_id").asText()).isEqualTo("nats-spelling-1");
    assertThat(created.get("order").get("side").asText()).isEqualTo("BUY");
    assertThat(created.get("order").get("quantity").decimalValue()).isEqualByComparingTo("0.01");
  }

  @Test
  void aRetryWithTheSameClientOrderIdReturnsTheSameOrderAndSendsNoSecond() throws Exception {
    String order = """
        {"symbol":"ETHUSDT","side":"BUY","type":"LIMIT","quantity":0.1,"price":2000,
         "time_in_force":"GTC","client_order_id":"nats-retry-0001"}""";
    assertThat(openAtTheSimulator("ETHUSDT")).isEmpty();

    String first = request("orders.requests.create", order, TRADER).get("order_id").asText();
    JsonNode retried = request("orders.requests.create", order, TRADER);
    assertThat(retried.get("order_id").asText()).isEqualTo(first);
    assertThat(retried.get("client_order_id").asText()).isEqualTo("nats-retry-0001");
    // the same idempotency key as over gRPC: the same order there too
    assertThat(grpcAs(TRADER).createOrder(CreateOrderRequest.newBuilder().setSymbol("ETHUSDT")
        .setSide(io.oes.api.OrderSide.BUY).setType(io.oes.api.OrderType.LIMIT)
        .setTimeInForce(io.oes.api.TimeInForce.GTC).setQuantity(0.1).setPrice(2000)
        .setClientOrderId("nats-retry-0001").build()).getOrderId()).isEqualTo(first);
    assertThat(openAtTheSimulator("ETHUSDT")).hasSize(1);

    JsonNode changed = request("orders.requests.create",
        order.replace("\"quantity\":0.1", "\"quantity\":0.2"), TRADER);
    assertThat(changed.get("error").get("code").asText()).isEqualTo("ALREADY_EXISTS");
  }

  @Test
  void aRequestWithoutAKeyOrWithAWrongOneIsUnauthenticated() throws Exception {
    for (String key : new String[] {null, "oes_not-a-key"}) {
      JsonNode refused = request("orders.requests.create", RESTING_BUY.formatted(""), key);
      assertThat(refused.get("error").get("code").asText()).isEqualTo("UNAUTHENTICATED");
      assertThat(refused.get("error").get("message").asText()).contains("x-api-key");
    }
  }

  @Test
  void twoDifferentKeysAreRefusedAndABearerKeyIsTaken() throws Exception {
    Headers both = new Headers().add("authorization", "Bearer " + VIEWER)
        .add("x-api-key", TRADER);
    assertThat(request("orders.requests.get", "{\"order_id\":\"x\"}", both).get("error")
        .get("message").asText()).startsWith("two different API keys were presented");
    Headers bearer = new Headers().add("Authorization", "Bearer " + VIEWER);
    assertThat(request("orders.requests.get", "{\"order_id\":\"nowhere\"}", bearer)
        .get("error").get("code").asText()).isEqualTo("NOT_FOUND");
  }

  @Test
  void aReadOnlyKeyCannotTrade() throws Exception {
    JsonNode refused = request("orders.requests.create", RESTING_BUY.formatted(""), VIEWER);
    assertThat(refused.get("error").get("code").asText()).isEqualTo("PERMISSION_DENIED");
    assertThat(refused.get("error").get("message").asText())
        .isEqualTo("orders.requests.create needs the trade scope, which nats-viewer does not have");
  }

  @Test
  void aQuantityBelowTheMinimumIsInvalidNamingTheFieldValueAndRule() throws Exception {
    JsonNode refused = request("orders.requests.create",
        RESTING_BUY.formatted("").replace("0.01", "0.0001"), TRADER);
    assertThat(refused.get("error").get("code").asText()).isEqualTo("INVALID_ARGUMENT");
    assertThat(refused.get("error").get("message").asText())
        .isEqualTo("validation failed: quantity 0.0001 below minimum 0.001 for BTCUSDT");
  }

  @Test
  void anotherUsersIdIsRefusedAsOverGrpc() throws Exception {
    JsonNode refused = request("orders.requests.create",
        RESTING_BUY.formatted(",\"user_id\":\"mallory\""), TRADER);
    assertThat(refused.get("error").get("code").asText()).isEqualTo("PERMISSION_DENIED");
    assertThat(refused.get("error").get("message").asText())
        .isEqualTo("user_id mallory does not match the key's user carol");
  }

  @Test
  void badBodiesGetAnErrorReplyNamingTheProblem() throws Exception {
    Map<String, String> expected = Map.of(
        "{\"symbol\": \"BTCUSDT\",", "it is not JSON",
        "", "it is empty",
        "[1, 2]", "it is an array, not a JSON object",
        "{\"quantity\": \"a lot\"}", "quantity \"a lot\" is not a number",
        "{\"side\": \"UP\"}", "side \"UP\" is not one of BUY, SELL",
        "{\"reduce_only\": \"yes\"}", "reduce_only \"yes\" is not true or false",
        "{\"symbol\": 7}", "symbol 7 is not a string",
        "{\"symbl\": \"BTCUSDT\"}", "unknown field \"symbl\"",
        "{\"symbol\": \"A\", \"symbol\": \"B\"}", "Duplicate field 'symbol'");
    for (Map.Entry<String, String> body : expected.entrySet()) {
      JsonNode refused = request("orders.requests.create", body.getKey(), TRADER);
      assertThat(refused.get("error").get("code").asText()).as(body.getKey())
          .isEqualTo("INVALID_ARGUMENT");
      assertThat(refused.get("error").get("message").asText()).as(body.getKey())
          .startsWith("validation failed: the request body is not a valid "
              + "order.CreateOrderRequest: ")
          .contains(body.getValue());
    }
    JsonNode hostile = request("orders.requests.create",
        RESTING_BUY.formatted(",\"client_order_id\":\"<script>\""), TRADER);
    assertThat(hostile.get("error").get("message").asText())
        .startsWith("validation failed: client_order_id <script> must be 1-36 characters");
  }

  @Test
  void aBodyOverTheRequestSizeLimitIsRefusedWithItsSize() throws Exception {
    String padded = RESTING_BUY.formatted(",\"client_order_id\":\"" + "x".repeat(70_000) + "\"");
    JsonNode refused = request("orders.requests.create", padded, TRADER);
    assertThat(refused.get("error").get("code").asText()).isEqualTo("RESOURCE_EXHAUSTED");
    assertThat(refused.get("error").get("message").asText())
        .contains(padded.length() + " bytes (at most 65536)");
  }

  @Test
  void aPlainPublishAsB25SendsItIsActedOnAndSeenOnTheUpdates() throws Exception {
    Subscription updates = client.subscribe("orders.updates.SOLUSDT");
    client.flush(Duration.ofSeconds(5));
    client.publish(NatsMessage.builder().subject("orders.requests.create")
        .headers(new Headers().add("x-api-key", TRADER))
        .data("{\"symbol\":\"SOLUSDT\",\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":1,"
            + "\"client_order_id\":\"b25-publish-1\"}", StandardCharsets.UTF_8).build());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    String state = "";
    while (!state.equals("FILLED") && System.nanoTime() < deadline) {
      Message update = updates.nextMessage(Duration.ofSeconds(1));
      if (update != null) {
        JsonNode order = JSON.readTree(update.getData()).get("order");
        assertThat(order.get("client_order_id").asText()).isEqualTo("b25-publish-1");
        state = order.get("state").asText();
      }
    }
    assertThat(state).isEqualTo("FILLED");
  }

  @Test
  void withoutTheSettingNoGatewayAnswersOnTheRequestSubjects() throws Exception {
    try (LocalServer ownNats = LocalServer.nats().start();
        RunningGateway plain = RunningGateway.start(Map.of("NATS_ADDRESS", ownNats.url()))) {
      assertThat(plain.orders().getOrders(io.oes.api.GetOrdersRequest.getDefaultInstance()))
          .isNotNull();
      Connection own = Nats.connect(ownNats.url());
      try {
        CompletableFuture<Message> reply = own.requestWithTimeout("orders.requests.create",
            RESTING_BUY.formatted("").getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(2));
        await().atMost(Duration.ofSeconds(10)).until(reply::isDone);
        assertThat(reply).isCompletedExceptionally(); // no responders, or no reply in time
      } finally {
        own.close();
      }
    }
  }

  @Test
  void theHealthReportShowsTheNatsOrderEntry() throws Exception {
    JsonNode check = orderEntryCheck(running);
    assertThat(check.get("status").asText()).isEqualTo("healthy");
    assertThat(check.get("message").asText()).contains("connected", "orders.requests.create");
  }

  @Test
  void theHealthCheckIsDegradedWhileTheNatsServerIsDown() throws Exception {
    try (LocalServer ownNats = LocalServer.nats().start();
        RunningGateway open = RunningGateway.start(Map.of("NATS_ADDRESS", ownNats.url()),
            "events: {order_entry: {enabled: true}}\n")) {
      assertThat(orderEntryCheck(open).get("status").asText()).isEqualTo("healthy");

      ownNats.stop();

      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
          orderEntryCheck(open).get("status").asText().equals("degraded"));
    }
  }

  private static JsonNode orderEntryCheck(RunningGateway gateway) throws Exception {
    HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + gateway.gateway.httpPort() + "/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(health.body()).get("checks").get("nats_order_entry");
  }

  @Test
  void withoutKeysEveryRequestActsAsTheAnonymousAdminAsOverGrpc() throws Exception {
    try (LocalServer ownNats = LocalServer.nats().start();
        RunningGateway open = RunningGateway.start(Map.of("NATS_ADDRESS", ownNats.url()),
            "events: {order_entry: {enabled: true}}\n")) {
      Connection own = Nats.connect(ownNats.url());
      try {
        Message reply = own.request("orders.requests.create", RESTING_BUY
            .formatted(",\"user_id\":\"dave\"").getBytes(StandardCharsets.UTF_8),
            Duration.ofSeconds(30));
        JsonNode created = JSON.readTree(reply.getData());
        assertThat(created.get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(created.get("order").get("user_id").asText()).isEqualTo("dave");
        assertThat(open.orders().getOrder(GetOrderRequest.newBuilder()
            .setOrderId(created.get("order_id").asText()).build()).getOrder().getUserId())
            .isEqualTo("dave");
      } finally {
        own.close();
      }
    }
  }

  @Test
  void withoutKeysANatsServerBeyondLoopbackIsRefusedAtStart() {
    OesConfig config = new ConfigLoader(Map.of("GRPC_PORT", "0", "HTTP_PORT", "0",
        "DATABASE_URL", "jdbc:sqlite:" + RunningGateway.temporaryFolder() + "/oes.db",
        "NATS_ADDRESS", "nats://oes:hunter2@192.0.2.1:4222"))
        .parse("events: {order_entry: {enabled: true}}\n");

    assertThatThrownBy(() -> Gateway.start(config, "test"))
        .hasMessageContaining("events.address (NATS 192.0.2.1) is not a loopback address")
        .hasMessageContaining("security.allow_insecure_bind: true")
        .hasMessageNotContaining("hunter2");
  }

  private static JsonNode request(String subject, String body, String key) throws Exception {
    Headers headers = new Headers();
    if (key != null) {
      headers.add("x-api-key", key);
    }
    return request(subject, body, headers);
  }

  private static JsonNode request(String subject, String body, Headers headers)
      throws Exception {
    Message reply = client.request(NatsMessage.builder().subject(subject).headers(headers)
        .data(body, StandardCharsets.UTF_8).build(), Duration.ofSeconds(30));
    assertThat(reply).as("a reply to " + subject + " " + body).isNotNull();
    return JSON.readTree(reply.getData());
  }

  private static String hash(String key) {
    return ApiKeyHash.of(key).toConfigText();
  }

  private static OrderServiceGrpc.OrderServiceBlockingStub grpcAs(String key) {
    Metadata headers = new Metadata();
    headers.put(Metadata.Key.of("x-api-key", Metadata.ASCII_STRING_MARSHALLER), key);
    ClientInterceptor interceptor = MetadataUtils.newAttachHeadersInterceptor(headers);
    return OrderServiceGrpc.newBlockingStub(running.channel).withInterceptors(interceptor)
        .withDeadlineAfter(30, TimeUnit.SECONDS);
  }

  /** The simulator's open orders of the gateway's account on {@code symbol}. */
  private static List<ExecutionReport> openAtTheSimulator(String symbol) throws Exception {
    BinanceExchange exchange = new BinanceExchange(new BinanceClientConfig(
        URI.create("http://127.0.0.1:" + simPort),
        new BinanceCredentials("nats-sim-key", "nats-sim-secret"),
        BinanceClientConfig.DEFAULT_RECV_WINDOW_MS, Duration.ofSeconds(10),
        InstantSource.system()));
    return exchange.openOrders().get(30, TimeUnit.SECONDS).stream()
        .filter(report -> report.symbol().equals(symbol)).toList();
  }
}
