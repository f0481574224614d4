package io.oes.cli.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.cli.CliRun;
import io.oes.cli.TestGateway;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code oes order batch} and {@code oes order batch-cancel} against a real gateway. */
class BatchCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestGateway gateway;

  @TempDir
  Path folder;

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

  private Path file(String name, String content) throws IOException {
    return Files.writeString(folder.resolve(name), content);
  }

  /** The table's data lines, without the header. */
  private static List<String> rows(CliRun run) {
    return run.out().lines().skip(1).toList();
  }

  @Test
  void aJsonFilesItemsArePlacedAndEachBadOneIsRefusedAloneWithFieldValueAndRule()
      throws Exception {
    Path orders = file("orders.json", """
        [
          {"symbol": "BTCUSDT", "side": "BUY", "quantity": 0.01, "price": 60000,
           "time_in_force": "GTC", "client_order_id": "jb-1"},
          {"symbol": "BTCUSDT", "side": "LONG", "quantity": 0.01, "price": 60000,
           "client_order_id": "jb-2"},
          {"symbol": "BTCUSDT", "side": "BUY", "quantity": "0.0001", "price": "60000",
           "client_order_id": "jb-3"},
          {"symbol": "BTCUSDT", "side": "buy", "type": "limit", "quantity": "0.02",
           "price": "60000.0", "timeInForce": "GTC", "clientOrderId": "jb-4",
           "reduceOnly": false, "userId": "judy"}
        ]
        """);

    CliRun run = oes("order", "batch", "--file", orders.toString(), "--user", "jay");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("oes order batch: 2 of 4 items not placed"
        + System.lineSeparator());
    List<String> rows = rows(run);
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0)).startsWith("item 1").contains("jb-1").contains("SUBMITTED");
    assertThat(rows.get(1)).startsWith("item 2").contains("jb-2").contains("INVALID_ARGUMENT")
        .contains("side \"LONG\" must be one of BUY, SELL").contains("not sent");
    assertThat(rows.get(2)).startsWith("item 3").contains("jb-3").contains("INVALID_ARGUMENT")
        .contains("quantity 0.0001 below minimum 0.001");
    assertThat(rows.get(3)).startsWith("item 4").contains("jb-4").contains("SUBMITTED");

    JsonNode judys = JSON.readTree(oes("order", "get", "--client-order-id", "jb-4", "--user",
        "judy", "--json").out());
    assertThat(judys.path("order").path("quantityDecimal").asText()).isEqualTo("0.02");
    assertThat(oes("order", "get", "--client-order-id", "jb-1", "--user", "jay").exitCode())
        .isZero();
  }

  @Test
  void aCsvFileWithAHeaderRowIsPlacedAndJsonOutputAnswersEachItemInOrder() throws Exception {
    Path orders = file("orders.csv", """
        symbol,side,type,quantity,price,time_in_force,client_order_id,user_id
        BTCUSDT,BUY,LIMIT,0.01,60000,GTC,cb-1,carl

        BTCUSDT,SELL,MARKET,0.01,,,"cb-2",carl
        "BTCUSDT",BUY,,0.01,60000,,cb-3,carl
        """);

    CliRun run = oes("order", "batch", "--file", orders.toString(), "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode results = JSON.readTree(run.out()).path("results");
    assertThat(results).hasSize(3);
    assertThat(results.get(0).path("order").path("clientOrderId").asText()).isEqualTo("cb-1");
    assertThat(results.get(0).path("order").path("state").asText()).isEqualTo("SUBMITTED");
    assertThat(results.get(1).path("index").asInt()).isEqualTo(1);
    assertThat(results.get(1).path("order").path("state").asText()).isEqualTo("FILLED");
    assertThat(results.get(2).path("index").asInt()).isEqualTo(2);
    assertThat(results.get(2).path("order").path("order").path("type").asText())
        .isEqualTo("LIMIT");

    // the same file again: the same orders, by their client order ids
    JsonNode again = JSON.readTree(oes("order", "batch", "--file", orders.toString(), "--json")
        .out()).path("results");
    for (int i = 0; i < 3; i++) {
      assertThat(again.get(i).path("order").path("orderId").asText())
          .isEqualTo(results.get(i).path("order").path("orderId").asText());
    }
  }

  @Test
  void aCsvRowOfTheWrongWidthIsRefusedAloneWithItsLine() throws Exception {
    Path orders = file("rows.csv", """
        symbol,side,quantity,price,client_order_id,user_id
        BTCUSDT,BUY,0.01,60000,wr-1,wren
        BTCUSDT,BUY,0.01,60000
        BTCUSDT,BUY,abc,60000,wr-3,wren
        """);

    CliRun run = oes("order", "batch", "--file", orders.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    List<String> rows = rows(run);
    assertThat(rows.get(0)).startsWith("line 2").contains("SUBMITTED");
    assertThat(rows.get(1)).startsWith("line 3").contains("INVALID_ARGUMENT")
        .contains("has 4 cells where the header has 6 columns");
    assertThat(rows.get(2)).startsWith("line 4").contains("wr-3")
        .contains("quantity \"abc\" must be a decimal number");
  }

  @Test
  void aFileThatCannotBeReadAsOrdersIsAUsageErrorAndNothingIsSent() throws Exception {
    record Case(String name, String content, String says) {}
    List<Case> cases = List.of(
        new Case("broken.json", "[{\"symbol\": \"BTCUSDT\",}]", "is not valid JSON"),
        new Case("object.json", "{\"symbol\": \"BTCUSDT\"}",
            "must hold a JSON array of orders"),
        new Case("empty.json", "[]", "holds no orders"),
        new Case("blank.csv", "\n\n", "holds no orders"),
        new Case("colour.csv", "symbol,side,colour\nBTCUSDT,BUY,red\n",
            "has the header column \"colour\" (line 1), which is not one of symbol, side"),
        new Case("open.csv", "symbol,side\n\"BTCUSDT,BUY\n", "is never closed"));
    for (Case bad : cases) {
      Path path = file(bad.name(), bad.content());
      CliRun run = oes("order", "batch", "--file", path.toString());
      assertThat(run.exitCode()).as(bad.name() + ": " + run.err()).isEqualTo(2);
      assertThat(run.err()).as(bad.name()).contains("--file " + path).contains(bad.says());
      assertThat(run.out()).isEmpty();
    }

    CliRun missing = oes("order", "batch", "--file", folder.resolve("nope.json").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot be read").contains("NoSuchFileException");
    assertThat(oes("order", "batch").err()).contains("--file");
  }

  @Test
  void aJsonItemThatIsNoObjectOrHasAnUnknownFieldIsRefusedAlone() throws Exception {
    Path orders = file("odd.json", """
        [42,
         {"symbol": "BTCUSDT", "side": "BUY", "quantity": 0.01, "price": 60000, "colour": 1},
         {"symbol": "BTCUSDT", "side": "BUY", "quantity": 0.01, "price": [60000]},
         {"symbol": "BTCUSDT", "side": "BUY", "quantity": 0.01, "price": 60000,
          "user_id": "otto"}]
        """);

    CliRun run = oes("order", "batch", "--file", orders.toString());

    List<String> rows = rows(run);
    assertThat(rows.get(0)).contains("item 1: must be a JSON object").contains("not a JSON number");
    assertThat(rows.get(1)).contains("field \"colour\" is not one of symbol, side");
    assertThat(rows.get(2)).contains("field \"price\" must be a string, a number or a boolean");
    assertThat(rows.get(3)).contains("SUBMITTED");
    assertThat(run.err()).contains("3 of 4 items not placed");
  }

  @Test
  void moreThanAHundredItemsGoInSeveralCallsAndABatchCancelTakesThemBack() throws Exception {
    String csv = "symbol,side,quantity,price,client_order_id\n" + IntStream.rangeClosed(1, 105)
        .mapToObj(i -> "BTCUSDT,BUY,0.01,60000,many-" + i).collect(Collectors.joining("\n"));
    CliRun placed = oes("order", "batch", "--file", file("many.csv", csv).toString(),
        "--user", "mo");
    assertThat(placed.exitCode()).as(placed.err()).isZero();
    assertThat(rows(placed)).hasSize(105).allMatch(row -> row.contains("SUBMITTED"));
    assertThat(rows(placed).get(104)).startsWith("line 106").contains("many-105");

    String cancels = "[" + IntStream.rangeClosed(1, 105)
        .mapToObj(i -> "{\"client_order_id\": \"many-" + i + "\"}")
        .collect(Collectors.joining(",")) + ", {\"order_id\": \"no-such-order\"},"
        + " {\"symbol\": \"BTCUSDT\"}]";
    CliRun canceled = oes("order", "batch-cancel", "--file",
        file("cancels.json", cancels).toString(), "--user", "mo");

    assertThat(canceled.exitCode()).isEqualTo(1);
    List<String> rows = rows(canceled);
    assertThat(rows).hasSize(107);
    assertThat(rows.subList(0, 105)).allMatch(row -> row.contains("CANCELED"));
    assertThat(rows.get(105)).contains("no-such-order").contains("NOT_FOUND");
    assertThat(rows.get(106)).contains("INVALID_ARGUMENT")
        .contains("give order_id or client_order_id");
    assertThat(canceled.err()).contains("2 of 107 items not canceled");
  }
}
