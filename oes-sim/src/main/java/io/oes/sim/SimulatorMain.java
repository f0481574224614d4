package io.oes.sim;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator standalone until the process is stopped: {@code java
 * io.oes.sim.SimulatorMain [--host H] [--port N] [--seed S] [--api-key K --secret-key S]}.
 * Prints the REST base, the WebSocket base and the credentials on standard output, one
 * {@code name=value} per line, so a script can read them.
 */
public final class SimulatorMain {
  private SimulatorMain() {}

  public static void main(String[] args) throws InterruptedException {
    SimulatorConfig config = configFrom(args);
    Simulator simulator = Simulator.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      simulator.close();
      stopped.countDown();
    }, "oes-sim-shutdown"));
    System.out.println("baseUrl=" + simulator.baseUrl());
    System.out.println("webSocketUrl=" + simulator.webSocketUrl());
    System.out.println("apiKey=" + simulator.apiKey());
    System.out.println("secretKey=" + simulator.secretKey());
    System.out.flush();
    stopped.await();
  }

  static SimulatorConfig configFrom(String[] args) {
    SimulatorConfig config = SimulatorConfig.defaults();
    String apiKey = null;
    String secretKey = null;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + args[i]);
      }
      String value = args[i + 1];
      switch (args[i]) {
        case "--host" -> config = config.withHost(value);
        case "--port" -> config = config.withPort(Integer.parseInt(value));
        case "--seed" -> config = config.withSeed(Long.parseLong(value));
        case "--api-key" -> apiKey = value;
        case "--secret-key" -> secretKey = value;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if ((apiKey == null) != (secretKey == null)) {
      throw new IllegalArgumentException("--api-key and --secret-key go together");
    }
    return apiKey == null ? config : config.withAccount(apiKey, secretKey);
  }
}
