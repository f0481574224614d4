package io.oes.cli.position;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.cli.CliRun;
import io.oes.cli.TestGateway;
import java.math.BigDecimal;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code oes positions} against a real gateway, after market orders filled on its simulator. */
class PositionsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestGateway gateway;

  @BeforeAll
  static void startGatewayAndTrade() {
    gateway = TestGateway.start();
    CliRun bought = oes("order", "create", "--symbol", "ETHUSDT", "--side", "buy", "--type",
        "market", "--quantity", "0.3", "--user", "carol");
    assertThat(bought.exitCode()).as(bought.err()).isZero();
    CliRun sold = oes("order", "create", "--symbol", "ETHUSDT", "--side", "sell", "--type",
        "market", "--quantity", "0.1", "--user", "carol");
    assertThat(sold.exitCode()).as(sold.err()).isZero();
    Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
      JsonNode positions = JSON.readTree(oes("positions", "--user", "carol", "--json").out());
      return positions.path("positions").size() == 1 && new BigDecimal(positions
          .path("positions").get(0).path("sizeDecimal").asText()).compareTo(
          new BigDecimal("0.2")) == 0;
    });
  }

  @AfterAll
  static void stopGateway() {
    gateway.close();
  }

  private static CliRun oes(String... args) {
    return gateway.run(args);
  }

  @Test
  void aTableShowsEachPositionWithItsEntryMarkAndPnl() {
    CliRun run = oes("positions", "--symbol", "ETHUSDT");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("ACCOUNT")
        .contains("SYMBOL", "USER", "SIZE",
        "ENTRY PRICE", "MARK PRICE", "UNREALIZED PNL", "REALIZED PNL", "FEES");
    String row = run.out().lines().skip(1).findFirst().orElseThrow();
    assertThat(row.split("\\s+")).contains("ETHUSDT", "carol", "0.2");
  }

  @Test
  void jsonCarriesExactDecimalsForScripts() throws Exception {
    CliRun run = oes("positions", "--user", "carol", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();

    JsonNode position = JSON.readTree(run.out()).path("positions").get(0);
    assertThat(position.path("symbol").asText()).isEqualTo("ETHUSDT");
    assertThat(position.path("userId").asText()).isEqualTo("carol");
    assertThat(new BigDecimal(position.path("entryPriceDecimal").asText())).isPositive();
    assertThat(new BigDecimal(position.path("markPriceDecimal").asText())).isPositive();
    assertThat(position.path("unrealizedPnlDecimal").asText()).isNotEmpty();
    assertThat(position.path("realizedPnlDecimal").asText()).isNotEmpty();
    assertThat(new BigDecimal(position.path("feesDecimal").asText())).isPositive();
  }

  @Test
  void anotherSymbolListsNothingButTheHeader() {
    CliRun run = oes("positions", "--symbol", "XRPUSDT");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(1);
  }
}
