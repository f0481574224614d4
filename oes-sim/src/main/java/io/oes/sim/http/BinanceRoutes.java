package io.oes.sim.http;

import static io.oes.sim.http.RestApi.bySymbol;
import static io.oes.sim.http.RestApi.fixed;
import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;
import static io.javalin.http.HandlerType.PUT;

import io.javalin.Javalin;
import io.oes.sim.auth.RequestAuthenticator;
import io.oes.sim.deadman.CountdownCancelAll;
import io.oes.sim.http.RestApi.Kind;
import io.oes.sim.matching.Exchange;
import io.oes.sim.matching.FeeSchedule;
import io.oes.sim.ratelimit.RateLimitLedger;
import io.oes.sim.rules.SymbolCatalog;
import io.oes.sim.stream.UserStreamHub;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every Binance USD-M endpoint the simulator serves, with its request weight (reference §3) and
 * whether injected after-execution faults may hit it; those the WebSocket API serves too are
 * built once and named by its method names. Any other path answers 404 with Binance's
 * {@code {"code":-5000,"msg":"Path …, Method … is invalid"}}.
 */
public final class BinanceRoutes {
  private final RestApi api;
  private final MarketDataHandlers marketData;
  private final TickerHandlers tickers;
  private final OrderHandlers orders;
  private final BatchOrderHandlers batches;
  private final AlgoOrderHandlers algos;
  private final AccountHandlers accounts;
  private final LeverageHandlers leverage;
  private final ListenKeyHandlers listenKeys;
  private final KlineHandlers klines;
  private final CommissionRateHandler commissionRates;
  private final AccountResolver resolver;
  private final RateLimitLedger ledger;
  /** The endpoints the WebSocket API serves too, by its method names. */
  private final Map<String, Endpoint> shared;

  /** What the handlers need: the exchange, auth, limits, the user stream and the clock. */
  public record Wiring(SymbolCatalog catalog, Exchange exchange,
      RequestAuthenticator authenticator, RateLimitLedger ledger, UserStreamHub hub,
      CountdownCancelAll deadMansSwitch, FeeSchedule fees, InstantSource clock) {}

  public BinanceRoutes(RestApi api, Wiring wiring) {
    this.api = api;
    this.resolver = new AccountResolver(wiring.authenticator(), wiring.exchange());
    this.ledger = wiring.ledger();
    OrderCounter counter = new OrderCounter(wiring.ledger());
    this.marketData = new MarketDataHandlers(wiring.catalog(), wiring.exchange(), resolver,
        wiring.ledger().limits(), wiring.clock());
    this.tickers = new TickerHandlers(wiring.exchange(), resolver, wiring.clock());
    this.orders = new OrderHandlers(resolver, wiring.exchange(), counter,
        wiring.deadMansSwitch());
    this.batches = new BatchOrderHandlers(resolver, wiring.exchange(), counter);
    this.algos = new AlgoOrderHandlers(resolver, wiring.exchange());
    this.accounts = new AccountHandlers(resolver, wiring.exchange());
    this.leverage = new LeverageHandlers(resolver, wiring.exchange(), wiring.ledger().limits());
    this.listenKeys = new ListenKeyHandlers(resolver, wiring.hub(), wiring.clock());
    this.klines = new KlineHandlers(wiring.exchange(), resolver, wiring.clock());
    this.commissionRates = new CommissionRateHandler(resolver, wiring.fees());
    this.shared = sharedEndpoints();
  }

  /** The WebSocket API over the same endpoints, validation, errors and rate limits. */
  public WebSocketApi webSocketApi() {
    return new WebSocketApi(shared, resolver, ledger);
  }

  private Map<String, Endpoint> sharedEndpoints() {
    Map<String, Endpoint> byMethod = new LinkedHashMap<>();
    byMethod.put("order.place", new Endpoint(fixed(0), Kind.ORDER_ENTRY, orders::place));
    byMethod.put("order.modify", new Endpoint(fixed(0), Kind.ORDER_ENTRY, orders::amend));
    byMethod.put("order.cancel", new Endpoint(fixed(1), Kind.ORDER_ENTRY, orders::cancel));
    byMethod.put("order.status", new Endpoint(fixed(1), Kind.QUERY, orders::query));
    byMethod.put("algoOrder.place", new Endpoint(fixed(0), Kind.ORDER_ENTRY, algos::place));
    byMethod.put("algoOrder.cancel", new Endpoint(fixed(1), Kind.ORDER_ENTRY, algos::cancel));
    byMethod.put("account.status", new Endpoint(fixed(5), Kind.QUERY, accounts::accountV2));
    byMethod.put("v2/account.status", new Endpoint(fixed(5), Kind.QUERY, accounts::accountV3));
    byMethod.put("account.balance", new Endpoint(fixed(5), Kind.QUERY, accounts::balance));
    byMethod.put("v2/account.balance", byMethod.get("account.balance"));
    byMethod.put("account.position",
        new Endpoint(fixed(5), Kind.QUERY, accounts::positionRiskV2));
    byMethod.put("v2/account.position",
        new Endpoint(fixed(5), Kind.QUERY, accounts::positionRiskV3));
    byMethod.put("depth", new Endpoint(MarketDataHandlers::depthWeight, Kind.QUERY,
        marketData::depth));
    byMethod.put("ticker.price", new Endpoint(bySymbol(1, 2), Kind.QUERY, klines::tickerPrice));
    byMethod.put("ticker.book", new Endpoint(bySymbol(2, 5), Kind.QUERY, tickers::bookTicker));
    byMethod.put("userDataStream.start", new Endpoint(fixed(1), Kind.QUERY, listenKeys::open));
    byMethod.put("userDataStream.ping",
        new Endpoint(fixed(1), Kind.QUERY, listenKeys::keepAlive));
    byMethod.put("userDataStream.stop", new Endpoint(fixed(1), Kind.QUERY, listenKeys::close));
    return Map.copyOf(byMethod);
  }

  /** Registers every endpoint on {@code app}. */
  public void registerOn(Javalin app) {
    registerMarketData(app);
    registerOrders(app);
    registerAlgoOrders(app);
    registerAccount(app);
    app.error(404, context -> context.contentType("application/json").result(
        "{\"code\":-5000,\"msg\":\"Path " + context.path() + ", Method " + context.method()
            + " is invalid\"}"));
  }

  private void registerMarketData(Javalin app) {
    api.route(app, GET, "/fapi/v1/ping", fixed(1), Kind.QUERY, marketData::ping);
    api.route(app, GET, "/fapi/v1/time", fixed(1), Kind.QUERY, marketData::time);
    api.route(app, GET, "/fapi/v1/exchangeInfo", fixed(1), Kind.QUERY, marketData::exchangeInfo);
    api.route(app, GET, "/fapi/v1/depth", shared.get("depth"));
    api.route(app, GET, "/fapi/v1/premiumIndex", bySymbol(1, 10), Kind.QUERY,
        marketData::premiumIndex);
    api.route(app, GET, "/fapi/v1/ticker/bookTicker", shared.get("ticker.book"));
    api.route(app, GET, "/fapi/v1/ticker/24hr", bySymbol(1, 40), Kind.QUERY,
        tickers::ticker24hr);
    api.route(app, GET, "/fapi/v1/klines", KlineHandlers::klinesWeight, Kind.QUERY,
        klines::klines);
    api.route(app, GET, "/fapi/v1/ticker/price", shared.get("ticker.price"));
    api.route(app, GET, "/fapi/v2/ticker/price", shared.get("ticker.price"));
    // ccxt loads coin and margin-pair lists from the spot API; a futures venue has none.
    api.route(app, GET, "/sapi/v1/capital/config/getall", fixed(10), Kind.QUERY,
        request -> List.of());
    api.route(app, GET, "/sapi/v1/margin/allPairs", fixed(1), Kind.QUERY, request -> List.of());
  }

  private void registerOrders(Javalin app) {
    api.route(app, POST, "/fapi/v1/order", shared.get("order.place"));
    api.route(app, PUT, "/fapi/v1/order", shared.get("order.modify"));
    api.route(app, GET, "/fapi/v1/order", shared.get("order.status"));
    api.route(app, GET, "/fapi/v1/openOrder", shared.get("order.status"));
    api.route(app, DELETE, "/fapi/v1/order", shared.get("order.cancel"));
    api.route(app, GET, "/fapi/v1/openOrders", bySymbol(1, 40), Kind.QUERY, orders::openOrders);
    api.route(app, GET, "/fapi/v1/allOrders", fixed(5), Kind.QUERY, orders::allOrders);
    api.route(app, DELETE, "/fapi/v1/allOpenOrders", fixed(1), Kind.ORDER_ENTRY,
        orders::cancelAll);
    api.route(app, POST, "/fapi/v1/countdownCancelAll", fixed(10), Kind.QUERY,
        orders::countdownCancelAll);
    api.route(app, POST, "/fapi/v1/batchOrders", fixed(5), Kind.ORDER_ENTRY, batches::place);
    api.route(app, PUT, "/fapi/v1/batchOrders", fixed(5), Kind.ORDER_ENTRY, batches::amend);
    api.route(app, DELETE, "/fapi/v1/batchOrders", fixed(1), Kind.ORDER_ENTRY, batches::cancel);
  }

  private void registerAlgoOrders(Javalin app) {
    api.route(app, POST, "/fapi/v1/algoOrder", shared.get("algoOrder.place"));
    api.route(app, DELETE, "/fapi/v1/algoOrder", shared.get("algoOrder.cancel"));
    api.route(app, GET, "/fapi/v1/algoOrder", fixed(1), Kind.QUERY, algos::query);
    api.route(app, GET, "/fapi/v1/openAlgoOrders", bySymbol(1, 40), Kind.QUERY, algos::open);
    api.route(app, GET, "/fapi/v1/allAlgoOrders", fixed(5), Kind.QUERY, algos::all);
    api.route(app, DELETE, "/fapi/v1/algoOpenOrders", fixed(1), Kind.ORDER_ENTRY,
        algos::cancelAll);
  }

  private void registerAccount(Javalin app) {
    api.route(app, GET, "/fapi/v3/account", shared.get("v2/account.status"));
    api.route(app, GET, "/fapi/v2/account", shared.get("account.status"));
    api.route(app, GET, "/fapi/v2/balance", shared.get("account.balance"));
    api.route(app, GET, "/fapi/v3/balance", shared.get("account.balance"));
    api.route(app, GET, "/fapi/v1/commissionRate", fixed(20), Kind.QUERY,
        commissionRates::commissionRate);
    api.route(app, GET, "/fapi/v3/positionRisk", shared.get("v2/account.position"));
    api.route(app, GET, "/fapi/v2/positionRisk", shared.get("account.position"));
    api.route(app, GET, "/fapi/v1/userTrades", fixed(5), Kind.QUERY, accounts::userTrades);
    api.route(app, POST, "/fapi/v1/leverage", fixed(1), Kind.QUERY, accounts::leverage);
    api.route(app, POST, "/fapi/v1/marginType", fixed(1), Kind.QUERY, accounts::marginType);
    api.route(app, GET, "/fapi/v1/positionSide/dual", fixed(30), Kind.QUERY,
        accounts::positionMode);
    api.route(app, POST, "/fapi/v1/positionSide/dual", fixed(1), Kind.QUERY,
        accounts::changePositionMode);
    api.route(app, GET, "/fapi/v1/leverageBracket", fixed(1), Kind.QUERY, leverage::brackets);
    api.route(app, GET, "/fapi/v1/rateLimit/order", fixed(1), Kind.QUERY,
        leverage::orderRateLimits);
    api.route(app, POST, "/fapi/v1/listenKey", shared.get("userDataStream.start"));
    api.route(app, PUT, "/fapi/v1/listenKey", shared.get("userDataStream.ping"));
    api.route(app, DELETE, "/fapi/v1/listenKey", shared.get("userDataStream.stop"));
  }
}
