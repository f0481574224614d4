package io.oes.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.cli.CliRun;
import io.oes.cli.TestGateway;
import io.oes.sim.Simulator;
import io.oes.sim.SimulatorConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class BenchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static TestGateway gateway;
  private static Simulator simulator;

  @BeforeAll
  static void start() {
    gateway = TestGateway.start();
    // The direct half of the floor needs a simulator whose keys the test knows.
    simulator = Simulator.start(SimulatorConfig.defaults().withAccount("bench-key", "bench-secret"));
  }

  @AfterAll
  static void stop() {
    if (simulator != null) {
      simulator.close();
    }
    if (gateway != null) {
      gateway.close();
    }
  }

  /** {@code oes bench} against the test gateway, short and uncapped, plus {@code extra}. */
  private static CliRun bench(String... extra) {
    List<String> args = new ArrayList<>(List.of("bench", "--target", gateway.target(),
        "--warmup-s", "0", "--rate", "0"));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  private static JsonNode json(CliRun run) throws Exception {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void aShortBenchPrintsThePercentileTable() {
    CliRun run = bench("--count", "50", "--concurrency", "4", "--cancel");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("LIMIT BUY 0.002 BTCUSDT @ 60000", "concurrency 4")
        .contains("P50 µs", "P90 µs", "P99 µs", "P99.9 µs", "MAX µs")
        .containsPattern("CreateOrder\\s+50\\s+0\\s")
        .containsPattern("CancelOrder\\s+50\\s+0\\s")
        .doesNotContain("errors:");
  }

  @Test
  void jsonCountsEveryCallAndOrdersItsPercentiles() throws Exception {
    JsonNode report = json(bench("--count", "50", "--concurrency", "4", "--cancel", "--json"));

    assertThat(report.path("concurrency").asInt()).isEqualTo(4);
    assertThat(report.path("count").asLong()).isEqualTo(50);
    JsonNode create = report.path("createOrder");
    assertThat(create.path("succeeded").asLong()).isEqualTo(50);
    assertThat(create.path("failed").asLong()).isZero();
    assertThat(create.path("failuresByCode").size()).isZero();
    assertThat(create.path("throughputPerSecond").asDouble()).isPositive();
    JsonNode latency = create.path("latencyMicros");
    assertThat(latency.path("p50").asLong()).isPositive()
        .isLessThanOrEqualTo(latency.path("p90").asLong());
    assertThat(latency.path("p99").asLong()).isLessThanOrEqualTo(latency.path("p99_9").asLong());
    assertThat(latency.path("p99_9").asLong()).isLessThanOrEqualTo(latency.path("max").asLong());
    assertThat(report.path("cancelOrder").path("succeeded").asLong()).isEqualTo(50);
  }

  @Test
  void windowsCountEverySuccessfulCreateOrderOnce() throws Exception {
    JsonNode report = json(bench("--count", "40", "--concurrency", "2", "--cancel",
        "--windows-s", "1", "--json"));

    assertThat(report.path("windowSeconds").asInt()).isEqualTo(1);
    JsonNode windows = report.path("createOrder").path("completedPerWindow");
    assertThat(windows.isArray()).isTrue();
    long total = 0;
    for (JsonNode window : windows) {
      total += window.asLong();
    }
    assertThat(total).isEqualTo(40);
  }

  @Test
  void theTextReportListsTheWindowsOnOneLine() {
    CliRun run = bench("--count", "10", "--concurrency", "1", "--windows-s", "1");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("CreateOrder per 1 s window:( \\d+)+\\R");
  }

  @Test
  void withoutWindowsNoWindowIsReported() throws Exception {
    CliRun run = bench("--count", "5", "--concurrency", "1");

    assertThat(run.out()).doesNotContain("window:");
    assertThat(json(bench("--count", "5", "--concurrency", "1", "--json")).path("createOrder")
        .has("completedPerWindow")).isFalse();
  }

  @Test
  void aNegativeWindowIsAUsageError() {
    CliRun run = bench("--count", "1", "--windows-s", "-1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("window must not be negative");
  }

  @Test
  void withoutCancelNothingRestsAndNoCancelIsReported() throws Exception {
    JsonNode report = json(bench("--count", "10", "--concurrency", "2", "--json"));

    assertThat(report.path("orders").asText()).startsWith("MARKET BUY/SELL");
    assertThat(report.path("createOrder").path("succeeded").asLong()).isEqualTo(10);
    assertThat(report.has("cancelOrder")).isFalse();
  }

  @Test
  void keepOpenLeavesEveryOrderRestingAndReportsNoCancel() throws Exception {
    JsonNode report = json(bench("--count", "6", "--concurrency", "2", "--keep-open",
        "--user", "keep-open-bench", "--json"));

    assertThat(report.path("orders").asText()).endsWith(", left open");
    assertThat(report.path("createOrder").path("succeeded").asLong()).isEqualTo(6);
    assertThat(report.has("cancelOrder")).isFalse();
    CliRun open = CliRun.of("order", "list", "--target", gateway.target(), "--user",
        "keep-open-bench", "--state", "SUBMITTED", "--json");
    assertThat(json(open).path("orders").size()).isEqualTo(6);
  }

  @Test
  void cancelAndKeepOpenTogetherAreAUsageError() {
    CliRun run = bench("--count", "1", "--cancel", "--keep-open");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--cancel and --keep-open exclude each other");
  }

  @Test
  void baselineReportsTheFloorAndCreateOrderAgainstIt() throws Exception {
    JsonNode report = json(bench("--count", "20", "--concurrency", "2", "--cancel", "--json",
        "--baseline", "--sim-url", simulator.baseUrl(), "--sim-api-key", "bench-key",
        "--sim-secret-key", "bench-secret"));

    JsonNode baseline = report.path("baseline");
    assertThat(baseline.path("healthCheck").path("succeeded").asLong()).isEqualTo(20);
    assertThat(baseline.path("restOrder").path("succeeded").asLong()).isEqualTo(20);
    assertThat(baseline.path("restCancel").path("succeeded").asLong()).isEqualTo(20);
    long floorP50 = baseline.path("floorMicros").path("p50").asLong();
    assertThat(floorP50).isEqualTo(baseline.path("healthCheck").path("latencyMicros")
        .path("p50").asLong() + baseline.path("restOrder").path("latencyMicros").path("p50")
        .asLong());
    assertThat(baseline.path("ratio").path("p50").asDouble()).isCloseTo(
        (double) report.path("createOrder").path("latencyMicros").path("p50").asLong() / floorP50,
        offset(1e-9));
    assertThat(baseline.path("ratio").path("p99").asDouble()).isPositive();
  }

  @Test
  void theTextReportShowsTheRatioToTheFloor() {
    CliRun run = bench("--count", "10", "--cancel", "--baseline",
        "--sim-url", simulator.baseUrl(), "--sim-api-key", "bench-key",
        "--sim-secret-key", "bench-secret");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Health/Check", "REST order", "REST cancel")
        .containsPattern("CreateOrder ÷ floor: p50 \\d+\\.\\d\\d×, p99 \\d+\\.\\d\\d×");
  }

  @Test
  void anUncappedRunAlsoComparesItsThroughputWithTheFloors() {
    CliRun run = bench("--count", "10", "--cancel", "--baseline",
        "--sim-url", simulator.baseUrl(), "--sim-api-key", "bench-key",
        "--sim-secret-key", "bench-secret");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern(
        "CreateOrder throughput ÷ floor's \\(direct REST\\): \\d+\\.\\d\\d \\(target");
  }

  @Test
  void streamLatencyPairsAcknowledgementsWithTheirUpdates() throws Exception {
    JsonNode report = json(bench("--count", "20", "--concurrency", "2", "--cancel",
        "--stream-latency", "--user", "stream-bench", "--json"));

    JsonNode stream = report.path("streamLatency");
    assertThat(stream.path("matched").asLong() + stream.path("unmatched").asLong()).isEqualTo(20);
    assertThat(stream.path("matched").asLong()).isEqualTo(20);
    assertThat(stream.path("eventToUpdateMicros").has("p99")).isTrue();
    assertThat(stream.path("answerToUpdateMicros").has("p50")).isTrue();
  }

  @Test
  void baselineWithoutASimulatorOfItsOwnUsesTheGatewaysEmbeddedOne() {
    // At the default rate: the embedded simulator keeps Binance's limits, and uncapped direct
    // orders would earn the loopback address a ban that the gateway's own orders share.
    CliRun run = CliRun.of("bench", "--target", gateway.target(), "--warmup-s", "0",
        "--duration-s", "2", "--concurrency", "1", "--cancel", "--baseline");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("Health/Check\\s+[1-9]\\d*\\s+0\\s")
        .containsPattern("REST order\\s+[1-9]\\d*\\s+0\\s")
        .containsPattern("floor \\(Health/Check \\+ direct REST\\): p50 \\d+ µs, p99 \\d+ µs")
        .containsPattern("CreateOrder ÷ floor: p50 \\d+\\.\\d\\d×, p99 \\d+\\.\\d\\d×");
  }

  @Test
  void aFloorWhoseDirectOrdersAllFailIsNotTurnedIntoARatio() {
    CliRun run = bench("--count", "5", "--cancel", "--baseline", "--sim-url",
        simulator.baseUrl(), "--sim-api-key", "bench-key", "--sim-secret-key", "not-the-secret");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("floor: not measured, no REST order succeeded")
        .containsPattern("errors: REST order HTTP \\d+")
        .doesNotContain("CreateOrder ÷ floor");
  }

  @Test
  void onlyPartOfTheSimulatorOptionsIsAUsageError() {
    CliRun run = bench("--count", "5", "--baseline", "--sim-url", simulator.baseUrl());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--sim-url, --sim-api-key and --sim-secret-key go together "
        + "(given: --sim-url)");
  }

  @Test
  void neitherCountNorDurationIsAUsageError() {
    CliRun run = bench("--count", "0", "--duration-s", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("either a count or a duration is needed");
  }

  @Test
  void anUnreachableGatewayFailsTheBench() {
    CliRun run = CliRun.of("bench", "--target", "127.0.0.1:1", "--count", "2", "--warmup-s", "0",
        "--timeout-ms", "2000");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no CreateOrder succeeded").contains("UNAVAILABLE");
  }
}
