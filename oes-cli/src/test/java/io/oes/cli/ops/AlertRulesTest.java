package io.oes.cli.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code ops/prometheus-alerts.yml}: well formed, covering the cases, real metrics only. */
class AlertRulesTest {

  private static final List<JsonNode> RULES = new ArrayList<>();

  @BeforeAll
  static void readRules() throws Exception {
    JsonNode file = new ObjectMapper(new YAMLFactory())
        .readTree(RepositoryFiles.path("ops/prometheus-alerts.yml").toFile());
    file.path("groups").forEach(group -> group.path("rules").forEach(RULES::add));
  }

  @Test
  void everyRuleHasANameAnExpressionASeverityAndASummary() {
    assertThat(RULES).hasSizeGreaterThanOrEqualTo(6).allSatisfy(rule -> {
      assertThat(rule.path("alert").asText()).startsWith("Oes");
      assertThat(rule.path("expr").asText()).isNotBlank();
      assertThat(rule.path("for").asText()).matches("\\d+[smh]");
      assertThat(rule.path("labels").path("severity").asText()).isIn("warning", "critical");
      assertThat(rule.path("annotations").path("summary").asText()).isNotBlank();
    });
  }

  @Test
  void everyExpressionNamesOnlyMetricsTheGatewayExports() {
    Set<String> exported = ExportedMetrics.names();
    for (JsonNode rule : RULES) {
      assertThat(ExportedMetrics.namesIn(rule.path("expr").asText()))
          .as(rule.path("alert").asText()).isSubsetOf(exported);
    }
  }

  @Test
  void theRulesCoverLatencyRejectionsCircuitRateLimitDependenciesAndBans() {
    String expressions = String.join("\n", RULES.stream().map(r -> r.path("expr").asText()).toList());
    assertThat(expressions)
        .contains("order_execution_order_submit_latency_seconds_bucket")
        .contains("order_execution_orders_rejected_total")
        .contains("order_execution_circuit_state")
        .contains("order_execution_ratelimit_usage")
        .contains("up{job=\"oes\"}")
        .contains("order_execution_events_failed_total")
        .contains("code=\"418\"");
  }
}
