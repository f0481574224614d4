package io.oes.sim;

import io.javalin.Javalin;
import io.oes.sim.account.AccountRegistry;
import io.oes.sim.account.Credentials;
import io.oes.sim.auth.RequestAuthenticator;
import io.oes.sim.http.RestApi;
import io.oes.sim.market.MarketProfile;
import io.oes.sim.market.MarketSettings;
import io.oes.sim.matching.EngineContext;
import io.oes.sim.matching.Exchange;
import io.oes.sim.matching.OrderEventListener;
import io.oes.sim.ratelimit.RateLimitLedger;
import io.oes.sim.rules.OrderFilters;
import io.oes.sim.rules.SymbolCatalog;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Binance USD-M Futures compatible exchange simulator. {@link #start} returns once the
 * HTTP port is bound; {@link #close} stops the server and the market ticker. Thread-safe.
 */
public final class Simulator implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);

  private final SimulatorConfig config;
  private final Javalin app;
  private final Optional<ScheduledExecutorService> ticker;

  private Simulator(SimulatorConfig config, Javalin app,
      Optional<ScheduledExecutorService> ticker) {
    this.config = config;
    this.app = app;
    this.ticker = ticker;
  }

  /** Builds the exchange, binds the REST API and starts moving the markets. */
  public static Simulator start(SimulatorConfig config) {
    SymbolCatalog catalog = SymbolCatalog.defaults();
    AccountRegistry accounts = new AccountRegistry(config.accounts(),
        config.initialWalletBalance());
    EngineContext context = new EngineContext(config.fees(), accounts,
        OrderFilters.binanceDefaults(), OrderEventListener.NONE, config.clock());
    Exchange exchange = Exchange.open(catalog,
        rules -> MarketProfile.defaultFor(rules.symbol()).orElseThrow(),
        new MarketSettings(config.volatilityPerTick(), config.depthLevels()), context,
        config.seed());
    RestApi api = new RestApi(catalog, exchange, new RequestAuthenticator(accounts, config.clock()),
        new RateLimitLedger(config.clock()), config.clock());
    Javalin app = Javalin.create(javalin -> {
      javalin.useVirtualThreads = true;
      javalin.showJavalinBanner = false;
      javalin.startupWatcherEnabled = false;
    });
    api.registerOn(app);
    app.start(config.host(), config.port());
    Optional<ScheduledExecutorService> ticker = startTicker(config, exchange);
    LOG.info("Exchange simulator listening on {}:{}", config.host(), app.port());
    return new Simulator(config, app, ticker);
  }

  /** The REST base, e.g. {@code http://127.0.0.1:41234}; endpoints live under /fapi/v1. */
  public String baseUrl() {
    return "http://" + config.host() + ":" + port();
  }

  public int port() {
    return app.port();
  }

  /** The first account's API key. */
  public String apiKey() {
    return firstAccount().apiKey();
  }

  /** The first account's HMAC secret. */
  public String secretKey() {
    return firstAccount().secretKey();
  }

  @Override
  public void close() {
    ticker.ifPresent(ScheduledExecutorService::shutdownNow);
    app.stop();
  }

  private Credentials firstAccount() {
    return config.accounts().getFirst();
  }

  private static Optional<ScheduledExecutorService> startTicker(SimulatorConfig config,
      Exchange exchange) {
    long intervalMillis = config.tickInterval().toMillis();
    if (intervalMillis == 0) {
      return Optional.empty();
    }
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().name("oes-sim-market").daemon().factory());
    ticker.scheduleAtFixedRate(() -> tickSafely(exchange), intervalMillis, intervalMillis,
        TimeUnit.MILLISECONDS);
    return Optional.of(ticker);
  }

  // A scheduled task that throws is never run again: a failing tick is logged and skipped.
  private static void tickSafely(Exchange exchange) {
    try {
      exchange.onMarketTick();
    } catch (RuntimeException e) {
      LOG.error("Market tick failed", e);
    }
  }
}
