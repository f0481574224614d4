package io.oes.sim;

import io.oes.sim.account.Credentials;
import io.oes.sim.matching.FeeSchedule;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to start a {@link Simulator}. Immutable; each {@code with...} returns a changed copy.
 *
 * @param host the address to bind, 127.0.0.1 by default
 * @param port the port to bind, 0 (an ephemeral port) by default
 * @param seed the seed of every random choice (price paths, generated client ids)
 * @param accounts the accounts' credentials; the first is the one {@link Simulator#apiKey()} shows
 * @param tickInterval how often the mid prices move; zero keeps them still
 * @param volatilityPerTick standard deviation of one mid move relative to the price
 * @param depthLevels synthetic levels on each side of every book
 * @param fees maker and taker fee rates
 * @param initialWalletBalance the USDT balance every account starts with
 * @param clock the source of server time
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
    InstantSource clock) {

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
    accounts = List.copyOf(accounts);
  }

  /**
   * Loopback, ephemeral port, seed 42, one account with a freshly generated key and secret, mid
   * moving every 250 ms by about 1 bp, 50 levels a side, Binance base-tier fees, 100,000 USDT.
   */
  public static SimulatorConfig defaults() {
    return new SimulatorConfig("127.0.0.1", 0, 42, List.of(generatedCredentials()),
        Duration.ofMillis(250), new BigDecimal("0.0001"), 50, FeeSchedule.binanceBaseTier(),
        new BigDecimal("100000"), InstantSource.system());
  }

  public SimulatorConfig withHost(String newHost) {
    return new SimulatorConfig(newHost, port, seed, accounts, tickInterval, volatilityPerTick,
        depthLevels, fees, initialWalletBalance, clock);
  }

  public SimulatorConfig withPort(int newPort) {
    return new SimulatorConfig(host, newPort, seed, accounts, tickInterval, volatilityPerTick,
        depthLevels, fees, initialWalletBalance, clock);
  }

  public SimulatorConfig withSeed(long newSeed) {
    return new SimulatorConfig(host, port, newSeed, accounts, tickInterval, volatilityPerTick,
        depthLevels, fees, initialWalletBalance, clock);
  }

  /** Replaces all accounts by a single one with these credentials. */
  public SimulatorConfig withAccount(String apiKey, String secretKey) {
    return new SimulatorConfig(host, port, seed, List.of(new Credentials(apiKey, secretKey)),
        tickInterval, volatilityPerTick, depthLevels, fees, initialWalletBalance, clock);
  }

  /** Adds one more account after the existing ones. */
  public SimulatorConfig plusAccount(String apiKey, String secretKey) {
    List<Credentials> more = new ArrayList<>(accounts);
    more.add(new Credentials(apiKey, secretKey));
    return new SimulatorConfig(host, port, seed, more, tickInterval, volatilityPerTick,
        depthLevels, fees, initialWalletBalance, clock);
  }

  /** How often mid prices move; {@link Duration#ZERO} keeps every market still. */
  public SimulatorConfig withTickInterval(Duration newTickInterval) {
    return new SimulatorConfig(host, port, seed, accounts, newTickInterval, volatilityPerTick,
        depthLevels, fees, initialWalletBalance, clock);
  }

  public SimulatorConfig withVolatilityPerTick(BigDecimal newVolatility) {
    return new SimulatorConfig(host, port, seed, accounts, tickInterval, newVolatility,
        depthLevels, fees, initialWalletBalance, clock);
  }

  public SimulatorConfig withDepthLevels(int newDepthLevels) {
    return new SimulatorConfig(host, port, seed, accounts, tickInterval, volatilityPerTick,
        newDepthLevels, fees, initialWalletBalance, clock);
  }

  public SimulatorConfig withFees(FeeSchedule newFees) {
    return new SimulatorConfig(host, port, seed, accounts, tickInterval, volatilityPerTick,
        depthLevels, newFees, initialWalletBalance, clock);
  }

  public SimulatorConfig withClock(InstantSource newClock) {
    return new SimulatorConfig(host, port, seed, accounts, tickInterval, volatilityPerTick,
        depthLevels, fees, initialWalletBalance, newClock);
  }

  private static Credentials generatedCredentials() {
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
