package io.oes.server.security;

import static io.oes.server.security.SecuredServer.withBearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import io.oes.api.CancelOrderRequest;
import io.oes.api.CreateOrderRequest;
import io.oes.api.GetOrderRequest;
import io.oes.api.GetOrdersRequest;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.StreamOrderUpdatesRequest;
import io.oes.server.config.ConfigException;
import io.oes.server.config.ConfigLoader;
import io.oes.server.config.value.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A known secret, planted as the Binance secret key, the Binance API key and an API key of a
 * principal, never appears in anything a full run writes or answers: console, logs, HTTP
 * bodies of /health and /metrics, gRPC answers and errors, configuration dumps and problems.
 *
 * <p>The gateway's own gRPC port does not yet authenticate (the interceptor is not wired into
 * it), so the API-key half runs against {@link SecuredServer}, the same interceptor and
 * authenticator the gateway is to install.
 */
class PlantedSecretTest {

  private static final String PLANTED = "PLANTED-s3cr3t-7f1c9a2e4b6d8f0a";
  private static final String PLANTED_API_KEY = "oes_PLANTED-api-key-0b1d3f5a7c9e";

  @Test
  void theBinanceKeysNeverAppearInAFullRunOfTheGateway() throws Exception {
    List<String> answers = new ArrayList<>();
    String captured;
    try (CapturedOutput output = new CapturedOutput()) {
      Map<String, String> env = Map.of("BINANCE_SECRET_KEY", PLANTED,
          "BINANCE_API_KEY", PLANTED_API_KEY);
      var config = new ConfigLoader(withPorts(env)).parse(InProcessGateway.IN_MEMORY);
      answers.add(config.toString());
      answers.add(problemsOf(env, "exchange: {mode: paper}\n"));
      try (InProcessGateway running = InProcessGateway.start(env, InProcessGateway.IN_MEMORY)) {
        exerciseEveryRpc(running, answers);
        answers.add(running.get("/health").body());
        answers.add(running.get("/health/ready").body());
        answers.add(running.get("/metrics").body());
      }
      captured = output.text();
      assertThat(output.eventCount()).isPositive();
    }
    assertThat(captured).contains("Gateway ready");
    assertThat(String.join("\n", answers)).contains("healthy", "order_execution")
        .doesNotContain(PLANTED, PLANTED_API_KEY);
    assertThat(captured).doesNotContain(PLANTED, PLANTED_API_KEY);
  }

  @Test
  void anApiKeyNeverAppearsInAnswersOrLogsOfAuthenticatedCalls() throws Exception {
    List<String> answers = new ArrayList<>();
    String captured;
    try (CapturedOutput output = new CapturedOutput()) {
      SecuritySettings settings = new SecuritySettings(List.of(new KeyGrant("alice-bot",
          "alice", List.of("read"), Secret.of(ApiKeyHash.of(PLANTED).toConfigText()))),
          List.of(), Optional.empty(), Optional.empty(), false, 4);
      answers.add(settings.toString());
      answers.add(Authenticator.of(settings).byApiKey(PLANTED).orElseThrow().toString());
      try (SecuredServer server = new SecuredServer(Authenticator.of(settings), null,
          List.of(new OwnedOrders(new StreamQuota(4))))) {
        ManagedChannel channel = server.plaintextChannel();
        var asAlice = withBearer(OrderServiceGrpc.newBlockingStub(channel), PLANTED);
        var withWrongKey = withBearer(OrderServiceGrpc.newBlockingStub(channel), PLANTED + "x");
        answers.add(asAlice.getOrders(GetOrdersRequest.getDefaultInstance()).toString());
        answers.add(answerOf(() -> asAlice.createOrder(CreateOrderRequest.getDefaultInstance())));
        answers.add(answerOf(() -> withWrongKey.getOrders(GetOrdersRequest.getDefaultInstance())));
        answers.add(answerOf(() -> asAlice.getOrders(GetOrdersRequest.newBuilder()
            .setUserId("bob").build())));
        channel.shutdownNow();
      }
      captured = output.text();
    }
    assertThat(String.join("\n", answers)).contains("PERMISSION_DENIED", "UNAUTHENTICATED")
        .doesNotContain(PLANTED, ApiKeyHash.of(PLANTED).toConfigText().substring(7));
    assertThat(captured).doesNotContain(PLANTED, ApiKeyHash.of(PLANTED).toConfigText().substring(7));
  }

  private static void exerciseEveryRpc(InProcessGateway running, List<String> answers) {
    var orders = running.orders();
    var created = orders.createOrder(InProcessGateway.restingBuy("alice").build());
    answers.add(created.toString());
    answers.add(orders.getOrder(GetOrderRequest.newBuilder().setOrderId(created.getOrderId())
        .build()).toString());
    answers.add(orders.getOrders(GetOrdersRequest.newBuilder().setUserId("alice").build())
        .toString());
    Context.CancellableContext stream = Context.current().withCancellation();
    try {
      stream.run(() -> answers.add(orders.streamOrderUpdates(StreamOrderUpdatesRequest
          .newBuilder().setUserId("alice").setFromSequence(1).build()).next().toString()));
    } finally {
      stream.cancel(null);
    }
    answers.add(orders.cancelOrder(CancelOrderRequest.newBuilder()
        .setOrderId(created.getOrderId()).build()).toString());
    answers.add(answerOf(() -> orders.cancelOrder(CancelOrderRequest.newBuilder()
        .setOrderId("no-such-order").build())));
    answers.add(answerOf(() -> orders.createOrder(InProcessGateway.restingBuy("alice")
        .setQuantity(Double.NaN).build())));
    answers.add(HealthGrpc.newBlockingStub(running.channel)
        .check(HealthCheckRequest.getDefaultInstance()).toString());
  }

  private static String answerOf(Supplier<Object> call) {
    try {
      return String.valueOf(call.get());
    } catch (StatusRuntimeException e) {
      return e.getStatus().toString();
    }
  }

  private static String problemsOf(Map<String, String> env, String yaml) {
    try {
      return new ConfigLoader(withPorts(env)).parse(yaml).toString();
    } catch (ConfigException e) {
      return e.getMessage();
    }
  }

  private static Map<String, String> withPorts(Map<String, String> env) {
    var all = new java.util.HashMap<>(env);
    all.put("GRPC_PORT", "0");
    all.put("HTTP_PORT", "0");
    return all;
  }
}
