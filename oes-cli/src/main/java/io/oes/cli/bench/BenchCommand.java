package io.oes.cli.bench;

import io.oes.api.FloorAccount;
import io.oes.binance.rest.BinanceClientConfig;
import io.oes.binance.rest.BinanceRestClient;
import io.oes.binance.signing.BinanceCredentials;
import io.oes.cli.client.CallFailedException;
import io.oes.cli.client.GatewayChannel;
import io.oes.cli.client.GatewayOptions;
import io.oes.cli.output.OutputOptions;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code oes bench}: drives CreateOrder against a running gateway and reports throughput and
 * latency percentiles; {@code --baseline} adds the floor, {@code --stream-latency} the delay of
 * StreamOrderUpdates. Exit 0 when CreateOrder succeeded at least once, 1 when none did.
 */
@Command(name = "bench", description = {"Load-test a running gateway with CreateOrder.",
    "Resting LIMIT buys far below the market, each cancelled (--cancel) or left open "
        + "(--keep-open); otherwise minimum MARKET orders alternately BUY and SELL, so nothing "
        + "rests.",
    "The default --rate keeps within Binance's 1200 orders/min per account; --rate 0 lifts it.",
    "Exit 0: measured; 1: no CreateOrder succeeded; 2: usage."})
public final class BenchCommand implements Callable<Integer> {
  /** How long to wait for the last stream updates after the load ends. */
  private static final long STREAM_DRAIN_MS = 5_000;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;
  @Mixin
  private GatewayOptions gateway;
  @Mixin
  private OutputOptions output;
  @Mixin
  private BaselineOptions baseline;

  @Option(names = "--concurrency", defaultValue = "4", paramLabel = "N",
      description = "Calls in flight at once (default: ${DEFAULT-VALUE}).")
  private int concurrency;
  @Option(names = "--duration-s", defaultValue = "20", paramLabel = "S",
      description = "Seconds each phase records, unless --count (default: ${DEFAULT-VALUE}).")
  private int durationSeconds;
  @Option(names = "--count", defaultValue = "0", paramLabel = "N",
      description = "Calls each phase makes; overrides --duration-s (default: 0, use the time).")
  private long count;
  @Option(names = "--warmup-s", defaultValue = "5", paramLabel = "W",
      description = "Seconds of unrecorded calls before each phase (default: ${DEFAULT-VALUE}).")
  private int warmupSeconds;
  @Option(names = "--rate", defaultValue = "20", paramLabel = "N",
      description = {"Most calls started per second (default: ${DEFAULT-VALUE}: Binance allows "
          + "1200 orders/min per account); 0: no cap."})
  private int ratePerSecond;
  @Option(names = "--windows-s", defaultValue = "0", paramLabel = "S", description = {
      "Also count the CreateOrders completed in each window of S seconds from the start of "
          + "the measured phase, to see how fast a run reaches its rate (default: 0, none)."})
  private int windowSeconds;
  @Option(names = "--cancel",
      description = "Send resting LIMIT buys and cancel each once acknowledged (timed apart).")
  private boolean cancel;
  @Option(names = "--keep-open", description = {"Send resting LIMIT buys and leave them open "
      + "(to measure a gateway holding open orders; the exchange allows 200 per symbol and "
      + "account)."})
  private boolean keepOpen;
  @Option(names = "--symbol", defaultValue = "BTCUSDT",
      description = "Symbol (default: ${DEFAULT-VALUE}).")
  private String symbol;
  @Option(names = "--price", defaultValue = "60000",
      description = "Limit price of resting orders, far below the market (default: ${DEFAULT-VALUE}).")
  private BigDecimal price;
  @Option(names = {"-q", "--quantity"}, defaultValue = "0.002", description = {"Order size "
      + "(default: ${DEFAULT-VALUE}; price × size must reach the minimum notional, 100 USDT "
      + "for BTCUSDT)."})
  private BigDecimal quantity;
  @Option(names = "--user", defaultValue = "bench",
      description = "User the orders belong to (default: ${DEFAULT-VALUE}).")
  private String user;
  @Option(names = "--stream-latency", description = {"Also subscribe to StreamOrderUpdates and "
      + "time each acknowledgement from the CreateOrder answer and from its exchange event time "
      + "to its arrival."})
  private boolean streamLatency;

  @Override
  public Integer call() throws Exception {
    LoadPlan plan = plan();
    BenchOrders orders = new BenchOrders(runId(), user, symbol, price, quantity, kind());
    BenchResult result;
    try (GatewayChannel channel = gateway.open()) {
      result = run(channel, plan, orders);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(BenchJson.of(result));
      out.flush();
    } else {
      BenchReport.print(result, out);
    }
    if (result.create().succeeded() == 0) {
      throw new CallFailedException("no CreateOrder succeeded: " + result.create().sortedFailures());
    }
    return 0;
  }

  private BenchResult run(GatewayChannel channel, LoadPlan plan, BenchOrders orders)
      throws InterruptedException {
    // asked first, so a gateway without a simulator fails the run before any load
    FloorAccount simulator = baseline.enabled ? baseline.account(channel) : null;
    AtomicLong sequences = new AtomicLong();
    LoadRun load = new LoadRun(plan, sequences);
    StreamLatencyProbe probe = streamLatency
        ? new StreamLatencyProbe(channel, user, symbol) : null;
    try {
      GatewayOrderCall create = new GatewayOrderCall(channel, orders,
          probe != null ? probe : (orderId, answeredAt) -> { });
      load.warmUp(create);
      if (probe != null) {
        probe.arm();
      }
      LoadRun.Results created = load.measure("CreateOrder", "CancelOrder", create);
      StreamLatency stream = probe == null ? null : probe.awaitResult(STREAM_DRAIN_MS);
      BenchResult.Baseline floor = simulator != null
          ? floor(channel, load, orders, simulator) : null;
      return new BenchResult(orders, plan, created.calls(), created.followUps(), floor, stream);
    } finally {
      if (probe != null) {
        probe.close();
      }
    }
  }

  private BenchResult.Baseline floor(GatewayChannel channel, LoadRun load, BenchOrders orders,
      FloorAccount simulator) throws InterruptedException {
    HealthCheckCall health = new HealthCheckCall(channel, gateway.timeoutMs());
    load.warmUp(health);
    PhaseResult healthResult = load.measure("Health/Check", "-", health).calls();
    ClientLogs.quiet();
    BinanceClientConfig config = BinanceClientConfig.of(URI.create(simulator.getRestUrl()),
            new BinanceCredentials(simulator.getApiKey(), simulator.getSecretKey()))
        .withRequestTimeout(Duration.ofMillis(gateway.timeoutMs()));
    try (BinanceRestClient exchange = new BinanceRestClient(config)) {
      DirectRestCall rest = new DirectRestCall(exchange, orders, gateway.timeoutMs());
      load.warmUp(rest);
      LoadRun.Results direct = load.measure("REST order", "REST cancel", rest);
      return new BenchResult.Baseline(healthResult, direct.calls(), direct.followUps());
    }
  }

  private BenchOrders.Kind kind() {
    if (keepOpen) {
      return BenchOrders.Kind.KEPT_OPEN;
    }
    return cancel ? BenchOrders.Kind.CANCELLED : BenchOrders.Kind.MARKET;
  }

  private LoadPlan plan() {
    String missing = baseline.missing();
    if (missing != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), missing);
    }
    if (cancel && keepOpen) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--cancel and --keep-open exclude each other");
    }
    try {
      return new LoadPlan(concurrency, warmupSeconds, durationSeconds, count, ratePerSecond,
          windowSeconds);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Six base-36 characters, so client order ids of separate runs never collide. */
  private static String runId() {
    long value = ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36);
    StringBuilder id = new StringBuilder(Long.toString(value, 36));
    while (id.length() < 6) {
      id.insert(0, '0');
    }
    return id.toString();
  }
}
