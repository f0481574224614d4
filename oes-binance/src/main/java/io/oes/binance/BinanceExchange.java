package io.oes.binance;

import com.fasterxml.jackson.databind.JsonNode;
import io.oes.binance.orderentry.OrderEntry;
import io.oes.binance.orderentry.WebSocketOrderEntry;
import io.oes.binance.rest.BinanceClientConfig;
import io.oes.binance.rest.BinanceResponseException;
import io.oes.binance.rest.BinanceRestClient;
import io.oes.binance.rest.HttpVerb;
import io.oes.binance.rest.RateLimitUsage;
import io.oes.binance.rest.RequestParams;
import io.oes.binance.stream.BinanceUserStream;
import io.oes.binance.stream.StreamTimings;
import io.oes.binance.wire.ExchangeInfoParser;
import io.oes.binance.wire.MarkPriceReader;
import io.oes.binance.wire.OrderReports;
import io.oes.binance.wire.OrderRequests;
import io.oes.binance.wire.PositionRiskReader;
import io.oes.binance.wire.TradeReader;
import io.oes.binance.wire.Outcomes;
import io.oes.core.order.Order;
import io.oes.core.port.ExchangeGateway;
import io.oes.core.port.ExchangeOutcome;
import io.oes.core.port.ExchangePosition;
import io.oes.core.port.ExecutionReport;
import io.oes.core.port.TradeFill;
import io.oes.core.symbol.SymbolRules;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Binance USD-M Futures account as an {@link ExchangeGateway}. Orders, amends, cancels and
 * order queries go out through its {@link OrderEntry} (REST, or the WebSocket API with REST as
 * the fallback); everything else over REST.
 *
 * <p>Every method returns at once. Futures complete on the JDK's asynchronous completion pool
 * (hand the result to the owning thread, never block there) and never exceptionally: answers
 * and failures alike become {@link ExchangeOutcome}s (see {@link Outcomes} for which is which). A submit whose outcome is {@code Unknown} is never resent
 * here; the caller queries by client id first.
 *
 * <p>Conditional orders live on Binance's algo endpoint. The port names orders by client id
 * only, so a cancel or query that the order endpoint answers with "not found" is asked once
 * more on the algo endpoint before {@code NotFound} is reported.
 *
 * <p>Thread-safe.
 */
public final class BinanceExchange implements ExchangeGateway, AutoCloseable {
  static final String ORDER_PATH = "/fapi/v1/order";
  static final String ALGO_ORDER_PATH = "/fapi/v1/algoOrder";
  static final String EXCHANGE_INFO_PATH = "/fapi/v1/exchangeInfo";
  static final String PING_PATH = "/fapi/v1/ping";
  static final String PREMIUM_INDEX_PATH = "/fapi/v1/premiumIndex";
  static final String OPEN_ORDERS_PATH = "/fapi/v1/openOrders";
  static final String OPEN_ALGO_ORDERS_PATH = "/fapi/v1/openAlgoOrders";
  static final String COUNTDOWN_PATH = "/fapi/v1/countdownCancelAll";
  static final String ALL_OPEN_ORDERS_PATH = "/fapi/v1/allOpenOrders";
  static final String USER_TRADES_PATH = "/fapi/v1/userTrades";
  static final String POSITION_RISK_PATH = "/fapi/v3/positionRisk";
  static final String BATCH_ORDERS_PATH = "/fapi/v1/batchOrders";
  private static final Logger LOG = LoggerFactory.getLogger(BinanceExchange.class);

  private final BinanceRestClient rest;
  private final OrderEntry orderEntry;
  private final InstantSource clock;

  /** Connects lazily: the first signed request synchronises with the exchange's clock. */
  public BinanceExchange(BinanceClientConfig config) {
    this(config, Optional.empty());
  }

  /**
   * @param webSocketApi the venue's WebSocket API ({@code …/ws-fapi/v1}) to send orders,
   *     amends, cancels and order queries over, falling back to REST while it is down (see
   *     {@link WebSocketOrderEntry}); empty to send everything over REST
   */
  public BinanceExchange(BinanceClientConfig config, Optional<URI> webSocketApi) {
    this.rest = new BinanceRestClient(config);
    this.clock = config.clock();
    this.orderEntry = webSocketApi
        .<OrderEntry>map(uri -> new WebSocketOrderEntry(rest, config, uri))
        .orElseGet(() -> OrderEntry.rest(rest));
  }

  /**
   * Sends the order with its {@link Order#createdAt()} as the request's timestamp, so the
   * exchange accepts it only within {@code recvWindow} of the moment its intent was recorded.
   */
  @Override
  public CompletableFuture<ExchangeOutcome> submit(Order order) {
    String id = order.exchangeClientId();
    if (order.request().type().isConditional()) {
      return call("submit", id, HttpVerb.POST, ALGO_ORDER_PATH,
          () -> OrderRequests.newAlgoOrder(order), this::algoReport, order.createdAt());
    }
    return call("submit", id, HttpVerb.POST, ORDER_PATH,
        () -> OrderRequests.newOrder(order), this::orderReport, order.createdAt());
  }

  /**
   * The orders the batch endpoint takes (LIMIT, POST_ONLY, MARKET) go with one {@code POST
   * /fapi/v1/batchOrders}, timestamped with the earliest {@link Order#createdAt()} among them;
   * conditional orders, which live on the algo endpoint, go one by one as {@link #submit} sends
   * them, and so does a lone order (a batch of one would cost 5 weight and 5 orders on the
   * 10-second counter where a single order costs none and one). Batches go over REST in every
   * order-entry mode: the WebSocket API has no batch method. More than {@link
   * #MAX_BATCH_ORDERS} orders go in several requests.
   */
  @Override
  public CompletableFuture<List<ExchangeOutcome>> submitBatch(List<Order> orders) {
    if (orders.size() > MAX_BATCH_ORDERS) {
      return inChunks(orders, MAX_BATCH_ORDERS, this::submitBatch);
    }
    List<CompletableFuture<ExchangeOutcome>> outcomes = new ArrayList<>(orders.size());
    List<Integer> together = new ArrayList<>();
    for (int i = 0; i < orders.size(); i++) {
      Order order = orders.get(i);
      outcomes.add(null);
      if (order.request().type().isConditional() || !encodable(order)) {
        // its own request; an order that cannot be expressed is NotSent there, alone
        outcomes.set(i, submit(order));
      } else {
        together.add(i);
      }
    }
    if (together.size() == 1) {
      outcomes.set(together.getFirst(), submit(orders.get(together.getFirst())));
    } else if (!together.isEmpty()) {
      List<Order> batch = together.stream().map(orders::get).toList();
      CompletableFuture<List<ExchangeOutcome>> answers = sendBatch(batch);
      for (int i = 0; i < together.size(); i++) {
        int item = i;
        outcomes.set(together.get(i), answers.thenApply(all -> all.get(item)));
      }
    }
    return allOf(outcomes);
  }

  private static boolean encodable(Order order) {
    try {
      OrderRequests.newOrder(order);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private CompletableFuture<List<ExchangeOutcome>> sendBatch(List<Order> orders) {
    Instant requestTime = orders.stream().map(Order::createdAt).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(null);
    return orderEntry.send(HttpVerb.POST, BATCH_ORDERS_PATH, OrderRequests.batchOrders(orders),
            requestTime)
        .thenApply(response -> Outcomes.ofBatch(response, orders.size(), this::orderReport))
        .exceptionally(failure -> Outcomes.ofBatchFailure(failure, orders.size()))
        .thenApply(outcomes -> {
          for (int i = 0; i < outcomes.size(); i++) {
            logged("submit (batch)", orders.get(i).exchangeClientId(), outcomes.get(i));
          }
          return outcomes;
        });
  }

  /**
   * Two or more orders go with one {@code DELETE /fapi/v1/batchOrders} ({@code
   * origClientOrderIdList}); an order it answers "not found" for is asked once more on the algo
   * endpoint, as {@link #cancel} asks. One order goes as {@link #cancel} sends it; more than
   * {@link #MAX_BATCH_CANCELS} in several requests.
   */
  @Override
  public CompletableFuture<List<ExchangeOutcome>> cancelBatch(String symbol,
      List<String> exchangeClientIds) {
    if (exchangeClientIds.size() > MAX_BATCH_CANCELS) {
      return inChunks(exchangeClientIds, MAX_BATCH_CANCELS, ids -> cancelBatch(symbol, ids));
    }
    if (exchangeClientIds.size() <= 1) {
      return allOf(exchangeClientIds.stream().map(id -> cancel(symbol, id)).toList());
    }
    CompletableFuture<List<ExchangeOutcome>> answers = orderEntry.send(HttpVerb.DELETE,
            BATCH_ORDERS_PATH, OrderRequests.batchCancel(symbol, exchangeClientIds), null)
        .thenApply(response -> Outcomes.ofBatch(response, exchangeClientIds.size(),
            this::orderReport))
        .exceptionally(failure -> Outcomes.ofBatchFailure(failure, exchangeClientIds.size()));
    List<CompletableFuture<ExchangeOutcome>> outcomes = new ArrayList<>();
    for (int i = 0; i < exchangeClientIds.size(); i++) {
      int item = i;
      String id = exchangeClientIds.get(i);
      outcomes.add(answers.thenApply(all -> logged("cancel (batch)", id, all.get(item)))
          .thenCompose(outcome -> orOnAlgoEndpoint(outcome, () -> call("cancel algo", id,
              HttpVerb.DELETE, ALGO_ORDER_PATH, () -> OrderRequests.byClientAlgoId(id),
              answer -> OrderReports.fromAlgoCancel(answer, symbol, clock.instant())))));
    }
    return allOf(outcomes);
  }

  private static <T> CompletableFuture<List<ExchangeOutcome>> inChunks(List<T> items, int size,
      Function<List<T>, CompletableFuture<List<ExchangeOutcome>>> send) {
    List<CompletableFuture<List<ExchangeOutcome>>> chunks = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      chunks.add(send.apply(List.copyOf(items.subList(from, Math.min(items.size(),
          from + size)))));
    }
    return CompletableFuture.allOf(chunks.toArray(CompletableFuture[]::new))
        .thenApply(done -> chunks.stream().flatMap(chunk -> chunk.join().stream()).toList());
  }

  private static CompletableFuture<List<ExchangeOutcome>> allOf(
      List<CompletableFuture<ExchangeOutcome>> outcomes) {
    return CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
        .thenApply(done -> outcomes.stream().map(CompletableFuture::join).toList());
  }

  @Override
  public CompletableFuture<ExchangeOutcome> cancel(String symbol, String exchangeClientId) {
    return call("cancel", exchangeClientId, HttpVerb.DELETE, ORDER_PATH,
            () -> OrderRequests.byClientOrderId(symbol, exchangeClientId), this::orderReport)
        .thenCompose(outcome -> orOnAlgoEndpoint(outcome, () -> call("cancel algo",
            exchangeClientId, HttpVerb.DELETE, ALGO_ORDER_PATH,
            () -> OrderRequests.byClientAlgoId(exchangeClientId),
            answer -> OrderReports.fromAlgoCancel(answer, symbol, clock.instant()))));
  }

  @Override
  public CompletableFuture<ExchangeOutcome> query(String symbol, String exchangeClientId) {
    return call("query", exchangeClientId, HttpVerb.GET, ORDER_PATH,
            () -> OrderRequests.byClientOrderId(symbol, exchangeClientId), this::orderReport)
        .thenCompose(outcome -> orOnAlgoEndpoint(outcome, () -> call("query algo",
            exchangeClientId, HttpVerb.GET, ALGO_ORDER_PATH,
            () -> OrderRequests.byClientAlgoId(exchangeClientId), this::algoReport)));
  }

  @Override
  public CompletableFuture<ExchangeOutcome> amend(Order order, BigDecimal quantity,
      BigDecimal price) {
    return call("amend", order.exchangeClientId(), HttpVerb.PUT, ORDER_PATH,
        () -> OrderRequests.amend(order, quantity, price), this::orderReport);
  }

  /**
   * The open orders and the open conditional (algo) orders, which Binance lists apart. Fails
   * with a {@link BinanceResponseException} when the exchange refuses to answer either.
   */
  @Override
  public CompletableFuture<List<ExecutionReport>> openOrders() {
    CompletableFuture<List<ExecutionReport>> plain = openOn(OPEN_ORDERS_PATH,
        body -> OrderReports.fromOrders(body, clock.instant()));
    CompletableFuture<List<ExecutionReport>> algo = openOn(OPEN_ALGO_ORDERS_PATH,
        body -> OrderReports.fromAlgoOrders(body, clock.instant()));
    return plain.thenCombine(algo, (orders, algoOrders) -> {
      List<ExecutionReport> all = new ArrayList<>(orders);
      all.addAll(algoOrders);
      return all;
    });
  }

  private CompletableFuture<List<ExecutionReport>> openOn(String path,
      Function<String, List<ExecutionReport>> reader) {
    return rest.sendSigned(HttpVerb.GET, path, new RequestParams())
        .thenApply(response -> {
          if (response.status() != 200) {
            throw new BinanceResponseException("GET " + path, response);
          }
          return reader.apply(response.body());
        });
  }

  /** Fails with a {@link BinanceResponseException} when the exchange refuses to answer. */
  @Override
  public CompletableFuture<List<TradeFill>> orderTrades(String symbol, String exchangeOrderId) {
    RequestParams params = new RequestParams().add("symbol", symbol)
        .add("orderId", exchangeOrderId);
    return rest.sendSigned(HttpVerb.GET, USER_TRADES_PATH, params)
        .thenApply(response -> {
          if (response.status() != 200) {
            throw new BinanceResponseException("GET " + USER_TRADES_PATH, response);
          }
          return TradeReader.read(response.body());
        });
  }

  @Override
  public CompletableFuture<Boolean> armCancelCountdown(String symbol, Duration countdown) {
    return rest.sendSigned(HttpVerb.POST, COUNTDOWN_PATH,
            OrderRequests.countdown(symbol, countdown.toMillis()))
        .thenApply(response -> response.status() == 200)
        .exceptionally(error -> false);
  }

  @Override
  public CompletableFuture<Boolean> cancelAllOpenOrders(String symbol) {
    return rest.sendSigned(HttpVerb.DELETE, ALL_OPEN_ORDERS_PATH,
            new RequestParams().add("symbol", symbol))
        .thenApply(response -> response.status() == 200)
        .exceptionally(error -> false);
  }

  /** Fails with a {@link BinanceResponseException} when the exchange refuses to answer. */
  @Override
  public CompletableFuture<List<SymbolRules>> loadSymbolRules() {
    return rest.send(HttpVerb.GET, EXCHANGE_INFO_PATH, new RequestParams())
        .thenApply(response -> {
          if (response.status() != 200) {
            throw new BinanceResponseException("GET " + EXCHANGE_INFO_PATH, response);
          }
          List<SymbolRules> rules = ExchangeInfoParser.parse(response.body());
          LOG.info("Loaded trading rules of {} symbols", rules.size());
          return rules;
        });
  }

  /** Fails with a {@link BinanceResponseException} when the exchange refuses to answer. */
  @Override
  public CompletableFuture<List<ExchangePosition>> positions() {
    return rest.sendSigned(HttpVerb.GET, POSITION_RISK_PATH, new RequestParams())
        .thenApply(response -> {
          if (response.status() != 200) {
            throw new BinanceResponseException("GET " + POSITION_RISK_PATH, response);
          }
          return PositionRiskReader.read(response.body());
        });
  }

  /** Every symbol's mark price; fails when the exchange refuses to answer. */
  public CompletableFuture<Map<String, BigDecimal>> markPrices() {
    return rest.send(HttpVerb.GET, PREMIUM_INDEX_PATH, new RequestParams())
        .thenApply(response -> {
          if (response.status() != 200) {
            throw new BinanceResponseException("GET " + PREMIUM_INDEX_PATH, response);
          }
          return MarkPriceReader.read(response.body());
        });
  }

  /** Whether the exchange answers {@code GET /fapi/v1/ping}; never fails, false when not. */
  public CompletableFuture<Boolean> ping() {
    return rest.send(HttpVerb.GET, PING_PATH, new RequestParams())
        .thenApply(response -> response.status() == 200)
        .exceptionally(error -> false);
  }

  /**
   * The account's user data stream over {@code webSocketBase} (e.g. {@code
   * wss://fstream.binance.com}); not started yet.
   */
  public BinanceUserStream userStream(URI webSocketBase, StreamTimings timings) {
    return new BinanceUserStream(rest, webSocketBase, timings);
  }

  /** Whether orders go over the WebSocket API now (false with REST order entry). */
  public boolean ordersOverWebSocket() {
    return orderEntry instanceof WebSocketOrderEntry socket && socket.isConnected();
  }

  /**
   * How orders go out now, for operators: {@code "REST"}, {@code "the WebSocket API"}, or
   * {@code "REST (WebSocket API down, reconnecting)"}.
   */
  public String orderEntryState() {
    if (!(orderEntry instanceof WebSocketOrderEntry)) {
      return "REST";
    }
    return ordersOverWebSocket() ? "the WebSocket API" : "REST (WebSocket API down, reconnecting)";
  }

  /** What the exchange last reported about this account's rate-limit usage. */
  public RateLimitUsage rateLimitUsage() {
    return rest.rateLimitUsage();
  }

  /**
   * Measures the exchange's clock now unless done already; call it early, since the first
   * signed request otherwise waits for it. Completes once tried; never fails.
   */
  public CompletableFuture<Void> syncClock() {
    return rest.prepareSigning();
  }

  /** The measured offset of the exchange's clock to the local one, in milliseconds. */
  public long serverTimeOffsetMs() {
    return rest.serverTimeOffsetMs();
  }

  @Override
  public void close() {
    orderEntry.close();
    rest.close();
  }

  private CompletableFuture<ExchangeOutcome> call(String action, String clientId, HttpVerb verb,
      String path, Supplier<RequestParams> params, Function<JsonNode, ExecutionReport> reader) {
    return call(action, clientId, verb, path, params, reader, null);
  }

  private CompletableFuture<ExchangeOutcome> call(String action, String clientId, HttpVerb verb,
      String path, Supplier<RequestParams> params, Function<JsonNode, ExecutionReport> reader,
      Instant requestTime) {
    RequestParams encoded;
    try {
      encoded = params.get();
    } catch (RuntimeException e) {
      // Nothing went out: the order cannot be expressed on the wire.
      LOG.error("Cannot {} {}: {}", action, clientId, e.getMessage());
      return CompletableFuture.completedFuture(
          new ExchangeOutcome.NotSent("cannot encode the request: " + e.getMessage()));
    }
    return orderEntry.send(verb, path, encoded, requestTime)
        .thenApply(response -> Outcomes.of(response, reader))
        .exceptionally(Outcomes::ofFailure)
        .thenApply(outcome -> logged(action, clientId, outcome));
  }

  private static CompletableFuture<ExchangeOutcome> orOnAlgoEndpoint(
      ExchangeOutcome outcome, Supplier<CompletableFuture<ExchangeOutcome>> algoCall) {
    if (!(outcome instanceof ExchangeOutcome.NotFound)) {
      return CompletableFuture.completedFuture(outcome);
    }
    // The algo endpoint's own "not found" (or an endpoint that does not exist) adds nothing.
    return algoCall.get().thenApply(algo -> switch (algo) {
      case ExchangeOutcome.NotFound notFound -> outcome;
      case ExchangeOutcome.Rejected rejected -> outcome;
      default -> algo;
    });
  }

  private ExecutionReport orderReport(JsonNode answer) {
    return OrderReports.fromOrder(answer, clock.instant());
  }

  private ExecutionReport algoReport(JsonNode answer) {
    return OrderReports.fromAlgoOrder(answer, clock.instant());
  }

  private static ExchangeOutcome logged(String action, String clientId, ExchangeOutcome outcome) {
    switch (outcome) {
      case ExchangeOutcome.Unknown unknown ->
          LOG.warn("{} {}: outcome unknown, {}", action, clientId, unknown.reason());
      case ExchangeOutcome.NotSent notSent ->
          LOG.warn("{} {}: not sent, {}", action, clientId, notSent.reason());
      case ExchangeOutcome.Rejected rejected -> LOG.info("{} {}: rejected {} {}", action,
          clientId, rejected.venueCode(), rejected.message());
      default -> LOG.debug("{} {}: {}", action, clientId, outcome);
    }
    return outcome;
  }
}
