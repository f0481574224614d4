package io.oes.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.sim.stream.StreamLimits;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Binance closes every stream connection after 24 hours; here the lifetime is 500 ms. */
class StreamConnectionLifetimeTest {
  private Simulator simulator;

  @BeforeEach
  void start() {
    simulator = Simulator.start(SimulatorConfig.defaults()
        .withStreamLimits(new StreamLimits(10, 1024, Duration.ofMillis(500), 4096)));
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void closesAMarketStreamConnectionAtTheEndOfItsLifetime() throws Exception {
    try (StreamClient stream = StreamClient.connect(simulator.webSocketUrl()
        + "/market/stream?streams=btcusdt@markPrice@1s")) {
      assertThat(stream.ended().get(5, TimeUnit.SECONDS)).isEqualTo("closed 1000");
    }
  }

  @Test
  void closesAUserDataConnectionAtTheEndOfItsLifetime() throws Exception {
    String key = SimClient.of(simulator).raw("POST", "/fapi/v1/listenKey", "", "").body()
        .get("listenKey").asText();
    try (StreamClient stream = StreamClient.connect(simulator.webSocketUrl()
        + "/private/ws?listenKey=" + key)) {
      assertThat(stream.ended().get(5, TimeUnit.SECONDS)).isEqualTo("closed 1000");
    }
  }
}
