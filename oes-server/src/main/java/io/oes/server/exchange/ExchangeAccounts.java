package io.oes.server.exchange;

import io.oes.binance.BinanceExchange;
import io.oes.binance.rest.BinanceClientConfig;
import io.oes.binance.resilience.ExchangeCircuitBreaker;
import io.oes.binance.resilience.ExchangeClock;
import io.oes.binance.resilience.GuardedExchange;
import io.oes.binance.resilience.RateLimitGuard;
import io.oes.binance.signing.BinanceCredentials;
import io.oes.binance.stream.BinanceUserStream;
import io.oes.binance.stream.StreamTimings;
import io.oes.core.port.ExchangeGateway;
import io.oes.core.ratelimit.RateLimiter;
import io.oes.core.symbol.MarkPrices;
import io.oes.core.symbol.SymbolRulesBook;
import io.oes.server.config.AccountConfig;
import io.oes.server.config.ExchangeConfig;
import io.oes.server.config.ExchangeMode;
import io.oes.server.config.OesConfig;
import io.oes.server.config.ProtectionConfig;
import io.oes.server.config.value.Secret;
import io.oes.sim.Simulator;
import io.oes.sim.SimulatorConfig;
import io.oes.sim.ratelimit.RateLimits;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects every configured account: starts the embedded simulator first in sim mode (reached
 * through the real Binance client over loopback HTTP, like any venue), loads each account's
 * trading rules and mark prices (all at once) before the gateway takes orders, and refreshes
 * them periodically.
 */
public final class ExchangeAccounts implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ExchangeAccounts.class);
  private static final Duration FIRST_LOAD_TIMEOUT = Duration.ofSeconds(15);
  /** Mark prices feed the price band and market-order value checks; they move by the second. */
  private static final long MARK_PRICE_REFRESH_SECONDS = 2;

  private final Simulator simulator;
  private final BinanceCredentials floorKey;
  private final List<ExchangeAccount> accounts;
  private final ScheduledExecutorService refresher;

  private ExchangeAccounts(Simulator simulator, BinanceCredentials floorKey,
      List<ExchangeAccount> accounts, ScheduledExecutorService refresher) {
    this.simulator = simulator;
    this.floorKey = floorKey;
    this.accounts = List.copyOf(accounts);
    this.refresher = refresher;
  }

  /** Connects every account of {@code config}; fails when a venue cannot be reached. */
  public static ExchangeAccounts connect(OesConfig config, InstantSource clock) {
    ExchangeConfig exchange = config.exchange();
    Map<String, BinanceCredentials> keys = exchange.mode() == ExchangeMode.SIM
        ? SimulatorKeys.forAccounts(exchange.accounts()) : Map.of();
    BinanceCredentials floorKey = exchange.mode() == ExchangeMode.SIM ? SimulatorKeys.floor() : null;
    Simulator simulator = exchange.mode() == ExchangeMode.SIM
        ? startSimulator(config, keys, floorKey) : null;
    URI restUrl = exchange.restBaseUrl(simulator == null ? null : URI.create(simulator.baseUrl()));
    URI webSocketUrl = exchange.webSocketBaseUrl(simulator == null ? null
        : URI.create(simulator.baseUrl().replaceFirst("^http", "ws")));
    List<ExchangeAccount> accounts = new ArrayList<>();
    try {
      for (AccountConfig account : exchange.accounts()) {
        if (!config.cluster().trades(account.id())) {
          continue; // another instance trades it
        }
        BinanceExchange client = new BinanceExchange(new BinanceClientConfig(restUrl,
            simulator != null ? keys.get(account.id()) : configured(account),
            exchange.recvWindowMs(), Duration.ofMillis(exchange.requestTimeoutMs()), clock),
            exchange.webSocketApiUrl(webSocketUrl));
        ExchangeAccount connected = guarded(account.id(), client,
            client.userStream(webSocketUrl, StreamTimings.defaults()), config.protection(), clock);
        accounts.add(connected);
      }
      loadRules(accounts, restUrl);
    } catch (RuntimeException e) {
      accounts.forEach(ExchangeAccounts::closeAccount);
      if (simulator != null) {
        simulator.close();
      }
      throw e;
    }
    ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "exchange-info-refresh");
      t.setDaemon(true);
      return t;
    });
    ExchangeAccounts connected = new ExchangeAccounts(simulator, floorKey, accounts, refresher);
    connected.scheduleRefresh(exchange.exchangeInfoRefreshSeconds());
    connected.scheduleMarkPrices();
    return connected;
  }

  /** The account with its circuit breaker and rate limiter, as the configuration asks. */
  private static ExchangeAccount guarded(String id, BinanceExchange client,
      BinanceUserStream stream, ProtectionConfig protection, InstantSource clock) {
    ExchangeClock exchangeClock = new ExchangeClock(clock, client::serverTimeOffsetMs);
    RateLimiter limiter = protection.rateLimits() == null ? null
        : new RateLimiter(protection.rateLimits());
    ExchangeCircuitBreaker breaker = protection.circuitBreaker() == null ? null
        : new ExchangeCircuitBreaker(id, protection.circuitBreaker(), clock);
    RateLimitGuard guard = limiter == null ? null
        : RateLimitGuard.forBinance(limiter, client, clock);
    ExchangeGateway gateway = limiter == null && breaker == null ? client
        : new GuardedExchange(client, breaker, guard);
    return new ExchangeAccount(id, client, gateway, stream, new SymbolRulesBook(),
        new MarkPrices(), limiter, breaker, exchangeClock);
  }

  /**
   * The embedded simulator, with one account (own key, own balance) per configured account,
   * and the floor account last.
   */
  private static Simulator startSimulator(OesConfig config,
      Map<String, BinanceCredentials> keys, BinanceCredentials floorKey) {
    SimulatorConfig sim = SimulatorConfig.defaults().withHost("127.0.0.1")
        .withPort(config.sim().port()).withSeed(config.sim().seed());
    boolean first = true;
    for (BinanceCredentials key : keys.values()) {
      sim = first ? sim.withAccount(key.apiKey(), key.secret())
          : sim.plusAccount(key.apiKey(), key.secret());
      first = false;
    }
    sim = sim.plusAccount(floorKey.apiKey(), floorKey.secret());
    if (!config.sim().enforceRateLimits()) {
      sim = sim.withRateLimits(RateLimits.unlimited());
    }
    Simulator simulator = Simulator.start(sim);
    LOG.info("Embedded exchange simulator listening on {}", simulator.baseUrl());
    return simulator;
  }

  private static BinanceCredentials configured(AccountConfig account) {
    return new BinanceCredentials(account.apiKey().map(Secret::reveal).orElseThrow(),
        account.secretKey().map(Secret::reveal).orElseThrow());
  }

  /** Every account's trading rules and mark prices, all fetched at once. */
  private static void loadRules(List<ExchangeAccount> accounts, URI restUrl) {
    List<CompletableFuture<Void>> loads = accounts.stream().map(ExchangeAccounts::firstLoad)
        .toList();
    long deadline = System.nanoTime() + FIRST_LOAD_TIMEOUT.toNanos();
    for (int i = 0; i < accounts.size(); i++) {
      try {
        loads.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (ExecutionException | TimeoutException e) {
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        throw new IllegalStateException("cannot load the trading rules of account "
            + accounts.get(i).id() + " from " + restUrl + ": " + cause.getMessage(), cause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while loading trading rules", e);
      }
    }
  }

  private static CompletableFuture<Void> firstLoad(ExchangeAccount account) {
    // Not awaited: only signed requests need the clock, and they wait for this sync themselves;
    // started now, it is done before the start-up reconciliation sends the first one.
    account.client().syncClock();
    CompletableFuture<Map<String, BigDecimal>> marks = account.client().markPrices();
    return account.client().loadSymbolRules().thenAcceptBoth(marks, (rules, prices) -> {
      account.marks().replaceAll(prices);
      account.rules().replaceAll(rules);
    });
  }

  private void scheduleMarkPrices() {
    refresher.scheduleWithFixedDelay(() -> accounts.forEach(account ->
        account.client().markPrices().whenComplete((marks, error) -> {
          if (error == null) {
            account.marks().replaceAll(marks);
          }
        })), MARK_PRICE_REFRESH_SECONDS, MARK_PRICE_REFRESH_SECONDS, TimeUnit.SECONDS);
  }

  private void scheduleRefresh(int everySeconds) {
    refresher.scheduleWithFixedDelay(() -> accounts.forEach(account ->
        account.client().loadSymbolRules().whenComplete((rules, error) -> {
          if (error != null) {
            LOG.warn("Refreshing the trading rules of account {} failed; keeping the old ones: {}",
                account.id(), error.getMessage());
          } else {
            account.rules().replaceAll(rules);
          }
        })), everySeconds, everySeconds, TimeUnit.SECONDS);
  }

  private static void closeAccount(ExchangeAccount account) {
    account.stream().close();
    account.client().close();
  }

  public List<ExchangeAccount> accounts() {
    return accounts;
  }

  /** The embedded simulator's REST address, or null outside sim mode. */
  public String simulatorUrl() {
    return simulator == null ? null : simulator.baseUrl();
  }

  /** The embedded simulator and its floor account; empty outside sim mode. */
  public Optional<SimulatorFloor> simulatorFloor() {
    return simulator == null ? Optional.empty()
        : Optional.of(new SimulatorFloor(simulator.baseUrl(), floorKey));
  }

  @Override
  public void close() {
    refresher.shutdownNow();
    accounts.forEach(ExchangeAccounts::closeAccount);
    if (simulator != null) {
      simulator.close();
    }
  }
}
