package io.oes.sim;

import io.javalin.Javalin;
import io.oes.sim.account.AccountRegistry;
import io.oes.sim.account.Credentials;
import io.oes.sim.admin.AdminApi;
import io.oes.sim.auth.RequestAuthenticator;
import io.oes.sim.deadman.CountdownCancelAll;
import io.oes.sim.fault.FaultInjector;
import io.oes.sim.fault.FaultPlan;
import io.oes.sim.http.BinanceRoutes;
import io.oes.sim.http.RestApi;
import io.oes.sim.http.UnansweredRequests;
import io.oes.sim.margin.MarkPrices;
import io.oes.sim.market.MarketProfile;
import io.oes.sim.market.MarketSettings;
import io.oes.sim.marketdata.MarketFeed;
import io.oes.sim.matching.EngineContext;
import io.oes.sim.matching.Exchange;
import io.oes.sim.ratelimit.RateLimitLedger;
import io.oes.sim.rules.OrderFilters;
import io.oes.sim.rules.SymbolCatalog;
import io.oes.sim.stream.ListenKeys;
import io.oes.sim.stream.StreamEndpoints;
import io.oes.sim.stream.StreamRegistry;
import io.oes.sim.stream.UserStreamHub;
import io.oes.sim.wsapi.TradingApiEndpoint;
import java.math.BigDecimal;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Binance USD-M Futures compatible exchange simulator. {@link #start} returns once the
 * HTTP port is bound; {@link #close} stops the server, the market ticker and housekeeping.
 * Serves the REST API under {@link #baseUrl()}, the market and user data streams under
 * {@link #webSocketUrl()} ({@code /ws/<stream>}, {@code /stream?streams=a/b}, the same under
 * {@code /market}, {@code /public} and {@code /private}, {@code /private/ws?listenKey=K}), the
 * WebSocket API at {@code /ws-fapi/v1} and the operator endpoints under {@code /admin}.
 * Thread-safe.
 */
public final class Simulator implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);
  /** How long an unanswered request (fault) is held before its connection is aborted. */
  private static final Duration UNANSWERED_HOLD = Duration.ofMinutes(10);

  private final SimulatorConfig config;
  private final Javalin app;
  private final Housekeeping housekeeping;
  private final FaultInjector faults;
  private final UserStreamHub hub;
  private final Exchange exchange;
  private final UnansweredRequests unanswered;
  private final TradingApiEndpoint tradingApi;

  private Simulator(SimulatorConfig config, Javalin app, Housekeeping housekeeping,
      Parts parts) {
    this.config = config;
    this.app = app;
    this.housekeeping = housekeeping;
    this.faults = parts.faults();
    this.hub = parts.hub();
    this.exchange = parts.exchange();
    this.unanswered = parts.unanswered();
    this.tradingApi = parts.tradingApi();
  }

  private record Parts(FaultInjector faults, UserStreamHub hub, Exchange exchange,
      UnansweredRequests unanswered, TradingApiEndpoint tradingApi) {}

  /** Builds the exchange, binds the REST and WebSocket endpoints and starts the markets. */
  public static Simulator start(SimulatorConfig config) {
    SymbolCatalog catalog = SymbolCatalog.defaults();
    AccountRegistry accounts = new AccountRegistry(config.accounts(),
        config.initialWalletBalance(), config.clock().millis());
    StreamRegistry streams = new StreamRegistry();
    UserStreamHub hub = new UserStreamHub(new ListenKeys(config.listenKeyValidity()), accounts,
        streams, config.clock());
    EngineContext context = new EngineContext(config.fees(), accounts,
        OrderFilters.binanceDefaults(), hub, config.clock(), new MarkPrices());
    Exchange exchange = Exchange.open(catalog,
        rules -> MarketProfile.defaultFor(rules.symbol()).orElseThrow(),
        new MarketSettings(config.volatilityPerTick(), config.depthLevels()), context,
        config.seed());
    FaultInjector faults = new FaultInjector(config.faults(), config.seed());
    Housekeeping housekeeping = new Housekeeping(config.clock());
    CountdownCancelAll deadMansSwitch = new CountdownCancelAll(housekeeping.scheduler(),
        (accountId, symbol) -> exchange.engine(symbol)
            .ifPresent(engine -> engine.cancelAll(accountId)));
    RateLimitLedger ledger = new RateLimitLedger(config.rateLimits(), config.clock());
    UnansweredRequests unanswered = new UnansweredRequests(UNANSWERED_HOLD);
    Javalin app = Javalin.create(javalin -> {
      javalin.useVirtualThreads = true;
      javalin.showJavalinBanner = false;
      javalin.startupWatcherEnabled = false;
    });
    BinanceRoutes routes = new BinanceRoutes(new RestApi(ledger, faults, unanswered),
        new BinanceRoutes.Wiring(catalog, exchange,
            new RequestAuthenticator(accounts, config.clock()), ledger, hub, deadMansSwitch,
            config.fees(), config.clock()));
    routes.registerOn(app);
    TradingApiEndpoint tradingApi = new TradingApiEndpoint(routes.webSocketApi(), ledger,
        config.clock());
    tradingApi.registerOn(app);
    new StreamEndpoints(streams, hub, config.streamLimits(), config.clock()).registerOn(app);
    new AdminApi(faults, hub, exchange, accounts).registerOn(app);
    app.start(config.host(), config.port());
    housekeeping.startMarket(exchange, faults, config.tickInterval());
    housekeeping.startStreams(hub, faults, config.streamPingInterval(),
        config.streamLimits().maxConnectionTime());
    housekeeping.startMarketStreams(new MarketFeed(exchange, streams, config.clock()));
    LOG.info("Exchange simulator listening on {}:{}", config.host(), app.port());
    return new Simulator(config, app, housekeeping,
        new Parts(faults, hub, exchange, unanswered, tradingApi));
  }

  /** The REST base, e.g. {@code http://127.0.0.1:41234}; endpoints live under /fapi/v1. */
  public String baseUrl() {
    return "http://" + config.host() + ":" + port();
  }

  /** The WebSocket base, e.g. {@code ws://127.0.0.1:41234}; user streams at /ws/<listenKey>. */
  public String webSocketUrl() {
    return "ws://" + config.host() + ":" + port();
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

  /** The faults active now. */
  public FaultPlan faults() {
    return faults.plan();
  }

  /** Replaces the active faults, as {@code POST /admin/faults} does. */
  public void injectFaults(FaultPlan plan) {
    faults.replace(plan);
  }

  /** How many connections to the WebSocket API ({@code /ws-fapi/v1}) are open now. */
  public int openTradingApiConnections() {
    return tradingApi.openConnections();
  }

  /** Cuts every stream connection (market and user data) now. */
  public void dropUserStreams() {
    hub.dropAll();
  }

  /** Moves a symbol's mid and mark price at once, as {@code POST /admin/market} does. */
  public void moveMarkPrice(String symbol, BigDecimal markPrice) {
    exchange.engine(symbol).orElseThrow(() -> new IllegalArgumentException(symbol))
        .moveMidTo(markPrice);
  }

  @Override
  public void close() {
    unanswered.releaseAll();
    housekeeping.close();
    hub.close();
    app.stop();
  }

  private Credentials firstAccount() {
    return config.accounts().getFirst();
  }
}
