package io.oes.sim;

import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh simulator on a still market (prices move only when a test moves them) for each test,
 * with a client of its first account; register it with {@code @RegisterExtension}.
 */
final class StillSimulator implements BeforeEachCallback, AfterEachCallback {
  private Simulator simulator;
  private SimClient client;

  @Override
  public void beforeEach(ExtensionContext context) {
    simulator = Simulator.start(SimulatorConfig.defaults().withTickInterval(Duration.ZERO));
    client = SimClient.of(simulator);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    simulator.close();
  }

  Simulator simulator() {
    return simulator;
  }

  SimClient client() {
    return client;
  }
}
