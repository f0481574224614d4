package io.oes.cli;

import io.oes.server.config.LogSettings;
import io.oes.sim.Simulator;
import io.oes.sim.SimulatorConfig;
import io.oes.sim.ratelimit.RateLimits;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code oes sim}: the Binance USD-M Futures simulator on its own, for any Binance client. */
@Command(name = "sim", description = "Run the Binance USD-M Futures compatible simulator.")
final class SimCommand implements Callable<Integer> {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  private String host;

  @Option(names = "--port", defaultValue = "8090", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 = any free port).")
  private int port;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the simulated market (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--no-rate-limits",
      description = "Enforce no request weight or order limits (for load tests of a client).")
  private boolean noRateLimits;

  @Option(names = "--api-key", description = "API key to accept (default: generated and printed).")
  private String apiKey;

  @Option(names = "--secret-key", description = "Secret of that key (default: generated and printed).")
  private String secretKey;

  @Option(names = "--account", paramLabel = "KEY:SECRET", description = {"One more account "
      + "with this API key and secret, after the first; repeatable (each account may hold 200 "
      + "open orders per symbol)."})
  private List<String> moreAccounts = List.of();

  @Override
  public Integer call() throws InterruptedException {
    SimulatorConfig config = SimulatorConfig.defaults().withHost(host).withPort(port).withSeed(seed);
    if (noRateLimits) {
      config = config.withRateLimits(RateLimits.unlimited());
    }
    if (apiKey != null && secretKey != null) {
      config = config.withAccount(apiKey, secretKey);
    } else if (apiKey != null || secretKey != null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--api-key and --secret-key go together");
    }
    for (String account : moreAccounts) {
      String[] keyAndSecret = account.split(":", 2);
      if (keyAndSecret.length != 2 || keyAndSecret[0].isEmpty() || keyAndSecret[1].isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--account takes KEY:SECRET, got " + account);
      }
      config = config.plusAccount(keyAndSecret[0], keyAndSecret[1]);
    }
    Simulator simulator = Simulator.start(config);
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      simulator.close();
      LogSettings.flush();
      closed.countDown();
    }, "sim-shutdown"));
    System.out.println("simulator listening on " + simulator.baseUrl());
    System.out.println("api key:    " + simulator.apiKey());
    System.out.println("secret key: " + simulator.secretKey());
    closed.await();
    return 0;
  }
}
