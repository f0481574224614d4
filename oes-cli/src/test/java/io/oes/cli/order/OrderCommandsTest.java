package io.oes.cli.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.cli.CliRun;
import io.oes.cli.TestGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The order commands against a real gateway, through its gRPC port, as a user runs them. */
class OrderCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestGateway gateway;

  @BeforeAll
  static void startGateway() {
    gateway = TestGateway.start();
  }

  @AfterAll
  static void stopGateway() {
    gateway.close();
  }

  private static CliRun oes(String... args) {
    return gateway.run(args);
  }

  private static JsonNode json(CliRun run) throws Exception {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void anOrderIsCreatedFoundListedAndCanceledInTables() {
    CliRun created = oes("order", "create", "--symbol", "BTCUSDT", "--side", "buy",
        "--quantity", "0.01", "--price", "60000", "--tif", "GTC", "--user", "alice",
        "--client-order-id", "alice-table-1");
    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(created.out()).contains("ORDER ID").contains("alice-table-1").contains("SUBMITTED")
        .contains("0.01").contains("60000");
    String orderId = created.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];

    assertThat(oes("order", "get", orderId).out()).contains("state").contains("SUBMITTED")
        .contains("alice-table-1");
    assertThat(oes("order", "list", "--user", "alice", "--symbol", "BTCUSDT").out())
        .contains(orderId);

    CliRun canceled = oes("order", "cancel", orderId, "--symbol", "BTCUSDT");
    assertThat(canceled.exitCode()).as(canceled.err()).isZero();
    assertThat(canceled.out()).contains(orderId).contains("CANCELED");
  }

  @Test
  void jsonOutputCarriesTheOrderForScripts() throws Exception {
    JsonNode created = json(oes("order", "create", "--symbol", "BTCUSDT", "--side", "BUY",
        "--quantity", "0.01", "--price", "60000", "--user", "bob", "--client-order-id", "bob-1",
        "--json"));
    String orderId = created.path("orderId").asText();
    assertThat(created.path("state").asText()).isEqualTo("SUBMITTED");
    assertThat(created.path("order").path("quantityDecimal").asText()).isEqualTo("0.01");

    JsonNode found = json(oes("order", "get", "--client-order-id", "bob-1", "--user", "bob",
        "--json"));
    assertThat(found.path("order").path("orderId").asText()).isEqualTo(orderId);

    JsonNode listed = json(oes("order", "list", "--user", "bob", "--json"));
    assertThat(listed.path("orders").get(0).path("orderId").asText()).isEqualTo(orderId);

    JsonNode canceled = json(oes("order", "cancel", "--client-order-id", "bob-1", "--user", "bob",
        "--json"));
    assertThat(canceled.path("state").asText()).isEqualTo("CANCELED");
  }

  @Test
  void aQuantityBelowTheMinimumFailsWithTheStatusAndTheReason() {
    CliRun refused = oes("order", "create", "--symbol", "BTCUSDT", "--side", "BUY",
        "--quantity", "0.0001", "--price", "60000");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err())
        .startsWith("oes order create: INVALID_ARGUMENT: ")
        .contains("quantity").contains("0.0001");
  }

  @Test
  void cancelingAFilledOrderFailsWithFailedPrecondition() throws Exception {
    JsonNode filled = json(oes("order", "create", "--symbol", "BTCUSDT", "--side", "BUY",
        "--type", "MARKET", "--quantity", "0.01", "--json"));
    assertThat(filled.path("state").asText()).isEqualTo("FILLED");
    CliRun cancel = oes("order", "cancel", filled.path("orderId").asText());
    assertThat(cancel.exitCode()).isEqualTo(1);
    assertThat(cancel.err()).contains("FAILED_PRECONDITION");
  }

  @Test
  void anUnknownOrderIsNotFound() {
    CliRun missing = oes("order", "get", "no-such-order");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).isEqualTo("oes order get: NOT_FOUND: order no-such-order not found"
        + System.lineSeparator());
  }

  @Test
  void namingBothOrNeitherOrderIdIsAUsageError() {
    CliRun neither = oes("order", "get");
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("either ORDER_ID or --client-order-id");
    assertThat(oes("order", "cancel", "x", "--client-order-id", "y").exitCode()).isEqualTo(2);
  }

  @Test
  void anUnknownSideIsAUsageError() {
    CliRun bad = oes("order", "create", "--symbol", "BTCUSDT", "--side", "LONG", "-q", "1");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--side").contains("LONG");
  }

  @Test
  void amendChangesThePriceOfAnOpenOrder() {
    CliRun created = oes("order", "create", "--symbol", "BTCUSDT", "--side", "buy",
        "--quantity", "0.01", "--price", "60000", "--tif", "GTC", "--user", "amender");
    assertThat(created.exitCode()).as(created.err()).isZero();
    String orderId = created.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];

    CliRun amended = oes("order", "amend", orderId, "--price", "60100.5");
    assertThat(amended.exitCode()).as(amended.err()).isZero();
    assertThat(amended.out()).contains(orderId).contains("60100.5");

    CliRun offTick = oes("order", "amend", orderId, "--price", "60100.55");
    assertThat(offTick.exitCode()).isEqualTo(1);
    assertThat(offTick.err()).contains("INVALID_ARGUMENT").contains("tick size 0.1");
  }

  @Test
  void servicesListsTheOrderServiceThroughReflection() {
    CliRun services = oes("services");
    assertThat(services.exitCode()).as(services.err()).isZero();
    assertThat(services.out()).contains("order.OrderService").contains("CreateOrder")
        .contains("CancelOrder").contains("GetOrder").contains("GetOrders")
        .contains("StreamOrderUpdates").contains("grpc.health.v1.Health");
  }

  @Test
  void cancelAllCancelsEveryOpenOrderOfASymbolAndListsThem() {
    String first = orderIdOf(oes("order", "create", "--symbol", "BTCUSDT", "--side", "buy",
        "--quantity", "0.01", "--price", "60000", "--user", "carol"));
    String second = orderIdOf(oes("order", "create", "--symbol", "BTCUSDT", "--side", "buy",
        "--quantity", "0.01", "--price", "60000", "--user", "dave"));

    CliRun canceled = oes("order", "cancel-all", "--symbol", "BTCUSDT");

    assertThat(canceled.exitCode()).as(canceled.err()).isZero();
    assertThat(canceled.out()).contains(first).contains(second).contains("CANCELED")
        .doesNotContain("NOT CONFIRMED");
    assertThat(oes("order", "get", first).out()).contains("CANCELED");
    assertThat(oes("order", "cancel-all", "--symbol", "BTCUSDT").out())
        .contains("no open order matched");
  }

  @Test
  void cancelAllWithoutASymbolOrAUserIsAUsageError() {
    CliRun run = oes("order", "cancel-all");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--symbol or --user is needed");
  }

  private static String orderIdOf(CliRun created) {
    assertThat(created.exitCode()).as(created.err()).isZero();
    return created.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
  }
}
