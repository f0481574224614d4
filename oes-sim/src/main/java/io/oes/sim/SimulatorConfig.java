package io.oes.sim;

import io.oes.sim.account.Credentials;
import io.oes.sim.fault.FaultPlan;
import io.oes.sim.matching.FeeSchedule;
import io.oes.sim.ratelimit.RateLimits;
import io.oes.sim.stream.StreamLimits;
import java.math.BigDecimal;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to start a {@link Simulator}. Immutable; each {@code with...} returns a changed copy.
 *
 * @param host the address to bind, 127.0.0.1 by default
 * @param port the port to bind, 0 (an ephemeral port) by default
 * @param seed the seed of every random choice (price paths, generated client ids, faults)
 * @param accounts the accounts' credentials; the first is the one {@link Simulator#apiKey()} shows
 * @param tickInterval how often the mid prices move; zero keeps them still
 * @param volatilityPerTick standard deviation of one mid move relative to the price
 * @param depthLevels synthetic levels on each side of every book
 * @param fees maker and taker fee rates
 * @param initialWalletBalance the USDT balance every account starts with
 * @param clock the source of server time
 * @param rateLimits the request-weight and order-count limits and the ban policy
 * @param faults the faults active from start (changeable at run time through the admin endpoint)
 * @param listenKeyValidity how long a listen key lives without keepalive (Binance: 60 minutes)
 * @param streamPingInterval how often the server pings stream sockets (Binance: 3 minutes)
 * @param streamLimits the stream connections' limits (Binance: 10 messages a second, 1024
 *     streams, 24 hours)
 */
public record SimulatorConfig(
    String host,
    int port,
    long seed,
    List<Credentials> accounts,
    Duration tickInterval,
    BigDecimal volatilityPerTick,
    int depthLevels,
    FeeSchedule fees,
    BigDecimal initialWalletBalance,
    InstantSource clock,
    RateLimits rateLimits,
    FaultPlan faults,
    Duration listenKeyValidity,
    Duration streamPingInterval,
    StreamLimits streamLimits) {

  private static final int GENERATED_KEY_LENGTH = 64;
  private static final String KEY_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  public SimulatorConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    if (accounts.isEmpty()) {
      throw new IllegalArgumentException("at least one account is needed");
    }
    if (tickInterval.isNegative()) {
      throw new IllegalArgumentException("tickInterval must not be negative: " + tickInterval);
    }
    if (depthLevels < 1) {
      throw new IllegalArgumentException("depthLevels must be at least 1, was " + depthLevels);
    }
    if (!listenKeyValidity.isPositive() || !streamPingInterval.isPositive()) {
      throw new IllegalArgumentException("listenKeyValidity and streamPingInterval must be > 0");
    }
    Objects.requireNonNull(rateLimits, "rateLimits");
    Objects.requireNonNull(faults, "faults");
    Objects.requireNonNull(streamLimits, "streamLimits");
    accounts = List.copyOf(accounts);
  }

  /**
   * Loopback, ephemeral port, seed 42, one account with a freshly generated key and secret, mid
   * moving every 250 ms by about 1 bp, 50 levels a side, Binance base-tier fees, 100,000 USDT,
   * Binance's rate limits, no faults, 60-minute listen keys, stream pings every 3 minutes,
   * Binance's stream connection limits.
   */
  public static SimulatorConfig defaults() {
    return new SimulatorConfig("127.0.0.1", 0, 42, List.of(generatedCredentials()),
        Duration.ofMillis(250), new BigDecimal("0.0001"), 50, FeeSchedule.binanceBaseTier(),
        new BigDecimal("100000"), InstantSource.system(), RateLimits.binance(), FaultPlan.none(),
        Duration.ofMinutes(60), Duration.ofMinutes(3), StreamLimits.binance());
  }

  public SimulatorConfig withHost(String newHost) {
    return with(draft -> draft.host = newHost);
  }

  public SimulatorConfig withPort(int newPort) {
    return with(draft -> draft.port = newPort);
  }

  public SimulatorConfig withSeed(long newSeed) {
    return with(draft -> draft.seed = newSeed);
  }

  /** Replaces all accounts by a single one with these credentials. */
  public SimulatorConfig withAccount(String apiKey, String secretKey) {
    return with(draft -> draft.accounts = List.of(new Credentials(apiKey, secretKey)));
  }

  /** Adds one more account after the existing ones. */
  public SimulatorConfig plusAccount(String apiKey, String secretKey) {
    List<Credentials> more = new ArrayList<>(accounts);
    more.add(new Credentials(apiKey, secretKey));
    return with(draft -> draft.accounts = more);
  }

  /** Adds one more account whose requests are signed with the Ed25519 key of {@code publicKey}. */
  public SimulatorConfig plusEd25519Account(String apiKey, PublicKey publicKey) {
    List<Credentials> more = new ArrayList<>(accounts);
    more.add(Credentials.ed25519(apiKey, publicKey));
    return with(draft -> draft.accounts = more);
  }

  /** How often mid prices move; {@link Duration#ZERO} keeps every market still. */
  public SimulatorConfig withTickInterval(Duration newTickInterval) {
    return with(draft -> draft.tickInterval = newTickInterval);
  }

  public SimulatorConfig withVolatilityPerTick(BigDecimal newVolatility) {
    return with(draft -> draft.volatilityPerTick = newVolatility);
  }

  public SimulatorConfig withDepthLevels(int newDepthLevels) {
    return with(draft -> draft.depthLevels = newDepthLevels);
  }

  public SimulatorConfig withFees(FeeSchedule newFees) {
    return with(draft -> draft.fees = newFees);
  }

  public SimulatorConfig withClock(InstantSource newClock) {
    return with(draft -> draft.clock = newClock);
  }

  public SimulatorConfig withInitialWalletBalance(BigDecimal newBalance) {
    return with(draft -> draft.initialWalletBalance = newBalance);
  }

  public SimulatorConfig withRateLimits(RateLimits newRateLimits) {
    return with(draft -> draft.rateLimits = newRateLimits);
  }

  /** The faults active from start; the admin endpoint can replace them later. */
  public SimulatorConfig withFaults(FaultPlan newFaults) {
    return with(draft -> draft.faults = newFaults);
  }

  public SimulatorConfig withListenKeyValidity(Duration newValidity) {
    return with(draft -> draft.listenKeyValidity = newValidity);
  }

  public SimulatorConfig withStreamPingInterval(Duration newInterval) {
    return with(draft -> draft.streamPingInterval = newInterval);
  }

  public SimulatorConfig withStreamLimits(StreamLimits newLimits) {
    return with(draft -> draft.streamLimits = newLimits);
  }

  private SimulatorConfig with(Consumer<Draft> change) {
    Draft draft = new Draft(this);
    change.accept(draft);
    return draft.build();
  }

  /** A mutable copy, so each wither names only the field it changes. */
  private static final class Draft {
    String host;
    int port;
    long seed;
    List<Credentials> accounts;
    Duration tickInterval;
    BigDecimal volatilityPerTick;
    int depthLevels;
    FeeSchedule fees;
    BigDecimal initialWalletBalance;
    InstantSource clock;
    RateLimits rateLimits;
    FaultPlan faults;
    Duration listenKeyValidity;
    Duration streamPingInterval;
    StreamLimits streamLimits;

    Draft(SimulatorConfig config) {
      host = config.host;
      port = config.port;
      seed = config.seed;
      accounts = config.accounts;
      tickInterval = config.tickInterval;
      volatilityPerTick = config.volatilityPerTick;
      depthLevels = config.depthLevels;
      fees = config.fees;
      initialWalletBalance = config.initialWalletBalance;
      clock = config.clock;
      rateLimits = config.rateLimits;
      faults = config.faults;
      listenKeyValidity = config.listenKeyValidity;
      streamPingInterval = config.streamPingInterval;
      streamLimits = config.streamLimits;
    }

    SimulatorConfig build() {
      return new SimulatorConfig(host, port, seed, accounts, tickInterval, volatilityPerTick,
          depthLevels, fees, initialWalletBalance, clock, rateLimits, faults, listenKeyValidity,
          streamPingInterval, streamLimits);
    }
  }

  /** A fresh key and secret, random, as {@link #defaults()} gives its account. */
  public static Credentials generatedCredentials() {
    SecureRandom random = new SecureRandom();
    return new Credentials(randomKey(random), randomKey(random));
  }

  private static String randomKey(SecureRandom random) {
    StringBuilder key = new StringBuilder(GENERATED_KEY_LENGTH);
    for (int i = 0; i < GENERATED_KEY_LENGTH; i++) {
      key.append(KEY_ALPHABET.charAt(random.nextInt(KEY_ALPHABET.length())));
    }
    return key.toString();
  }
}
