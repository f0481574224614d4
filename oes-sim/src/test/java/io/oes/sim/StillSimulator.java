package io.oes.sim;

import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh simulator on a still market (prices move only when a test moves them) for each test,
 * with a client of its first account; register it with {@code @RegisterExtension}.
 */
final class StillSimulator implements BeforeEachCallback, AfterEachCallback {
  private final UnaryOperator<SimulatorConfig> settings;
  private Simulator simulator;
  private SimClient client;

  StillSimulator() {
    this(UnaryOperator.identity());
  }

  /** @param settings what the tests change of the default configuration */
  StillSimulator(UnaryOperator<SimulatorConfig> settings) {
    this.settings = settings;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    simulator = Simulator.start(
        settings.apply(SimulatorConfig.defaults().withTickInterval(Duration.ZERO)));
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
