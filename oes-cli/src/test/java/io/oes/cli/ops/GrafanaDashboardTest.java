package io.oes.cli.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code ops/grafana-dashboard.json}: the panels, each querying real metrics. */
class GrafanaDashboardTest {

  /**
   * Metrics a panel needs that the gateway does not export yet, and the panel that needs them.
   * Once a metric is exported, the test below fails until it is removed from here.
   */
  private static final String PENDING_METRIC = "order_execution_fills_total";
  private static final String PENDING_PANEL = "Maker / taker ratio";

  private static JsonNode dashboard;

  @BeforeAll
  static void readDashboard() throws Exception {
    dashboard = new ObjectMapper()
        .readTree(RepositoryFiles.path("ops/grafana-dashboard.json").toFile());
  }

  @Test
  void itHasThePanelsOperatorsAskedFor() {
    List<String> titles = dashboard.path("panels").findValuesAsText("title");
    assertThat(titles).contains("Active orders by state",
        "Order submission latency p50 / p95 / p99", "Exchange circuit state",
        "Maker / taker ratio", "Rejections by reason", "Rate-limit usage", "Dependency health");
    assertThat(dashboard.path("uid").asText()).isNotBlank();
  }

  @Test
  void everyPanelQueriesMetricsTheGatewayExports() {
    Set<String> exported = ExportedMetrics.names();
    assertThat(exported).doesNotContain(PENDING_METRIC);
    for (JsonNode panel : dashboard.path("panels")) {
      Set<String> used = new HashSet<>();
      panel.path("targets").forEach(t -> used.addAll(ExportedMetrics.namesIn(t.path("expr").asText())));
      assertThat(used).as(panel.path("title").asText()).isNotEmpty();
      if (panel.path("title").asText().equals(PENDING_PANEL)) {
        assertThat(panel.path("description").asText()).contains("does not export yet");
        used.remove(PENDING_METRIC);
      }
      assertThat(used).as(panel.path("title").asText()).isSubsetOf(exported);
    }
  }

  @Test
  void theLatencyPanelShowsTheThreeQuantiles() {
    JsonNode latency = dashboard.path("panels").findParents("title").stream()
        .filter(p -> p.path("title").asText().startsWith("Order submission latency"))
        .findFirst().orElseThrow();
    assertThat(latency.path("targets").findValuesAsText("expr"))
        .anyMatch(e -> e.contains("0.5,")).anyMatch(e -> e.contains("0.95,"))
        .anyMatch(e -> e.contains("0.99,"));
  }
}
