package io.oes.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.api.OrderState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An exchange error is counted under the code the exchange answered, tagged by account, so the
 * alerts on {@code 429}, {@code 418}, {@code 5xx} and {@code -1001} can fire.
 */
class ExchangeErrorMetricsTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final int simPort = RunningGateway.freePort();
  private final RunningGateway running = RunningGateway.start(Map.of(), """
      sim: {port: %d}
      exchange:
        accounts: [{id: main, api_key: metered-key, secret_key: metered-secret, users: []}]
      """.formatted(simPort));

  @AfterEach
  void stop() {
    running.close();
  }

  @Test
  void anInternalErrorOfTheExchangeIsCountedUnderItsCodeForItsAccount() throws Exception {
    HttpResponse<String> injected = HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + simPort + "/admin/faults"))
        .header("X-MBX-APIKEY", "metered-key")
        .POST(HttpRequest.BodyPublishers.ofString("{\"errorRate\": 1.0}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(injected.statusCode()).as(injected.body()).isEqualTo(200);

    // the simulator answers 503 with code -1001: the order may or may not have been placed
    assertThat(running.orders().createOrder(RunningGateway.restingBuy("trader").build())
        .getState()).isEqualTo(OrderState.UNKNOWN);

    String metrics = running.metrics();
    assertThat(metrics)
        .contains("order_execution_exchange_errors_total{account=\"main\",code=\"-1001\","
            + "endpoint=\"POST /fapi/v1/order\"} 1.0")
        .contains("order_execution_exchange_errors_total{account=\"main\",code=\"unknown\","
            + "endpoint=\"POST /fapi/v1/order\"} 0.0");
  }
}
