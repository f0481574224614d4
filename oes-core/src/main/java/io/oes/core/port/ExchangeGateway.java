package io.oes.core.port;

import io.oes.core.order.Order;
import io.oes.core.symbol.SymbolRules;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One exchange account. Every method returns at once and never blocks the caller; the future
 * completes on an adapter thread, never exceptionally for a venue answer (see {@link
 * ExchangeOutcome}).
 */
public interface ExchangeGateway {

  /** The most orders one {@link #submitBatch} takes (Binance: 5 per batchOrders request). */
  int MAX_BATCH_ORDERS = 5;

  /** The most orders one {@link #cancelBatch} takes (Binance: 10 per batchOrders request). */
  int MAX_BATCH_CANCELS = 10;

  /** Sends a new order under its {@link Order#exchangeClientId()}. */
  CompletableFuture<ExchangeOutcome> submit(Order order);

  /**
   * Sends up to {@link #MAX_BATCH_ORDERS} new orders, each under its {@link
   * Order#exchangeClientId()}, with one request where the venue takes them together (Binance
   * {@code POST /fapi/v1/batchOrders}); answers one outcome per order, in the order given, each
   * meaning for its order what {@link #submit}'s would. The request's timestamp is the earliest
   * {@link Order#createdAt()} of the orders, so the exchange accepts none of them later than
   * {@link #submit} would. A request whose answer is lost is {@code Unknown} for every order.
   */
  CompletableFuture<List<ExchangeOutcome>> submitBatch(List<Order> orders);

  /** Cancels the open order the exchange knows as {@code exchangeClientId}. */
  CompletableFuture<ExchangeOutcome> cancel(String symbol, String exchangeClientId);

  /**
   * Cancels up to {@link #MAX_BATCH_CANCELS} open orders of {@code symbol}, named by the client
   * order ids the exchange knows them by, with one request where the venue allows it (Binance
   * {@code DELETE /fapi/v1/batchOrders}); answers one outcome per order, in the order given,
   * each meaning for its order what {@link #cancel}'s would.
   */
  CompletableFuture<List<ExchangeOutcome>> cancelBatch(String symbol,
      List<String> exchangeClientIds);

  /** Asks the exchange how the order {@code exchangeClientId} stands. */
  CompletableFuture<ExchangeOutcome> query(String symbol, String exchangeClientId);

  /** Changes quantity and price of an open LIMIT order; both are sent, as the venue wants. */
  CompletableFuture<ExchangeOutcome> amend(Order order, BigDecimal quantity, BigDecimal price);

  /**
   * Every open order of the account on the exchange, oes's and others'; fails when the
   * exchange cannot be asked.
   */
  CompletableFuture<List<ExecutionReport>> openOrders();

  /**
   * Arms the exchange's dead-man switch for {@code symbol}: unless armed again within {@code
   * countdown}, the exchange cancels every open order of the symbol. Zero disarms it. Completes
   * true when the exchange confirmed.
   */
  CompletableFuture<Boolean> armCancelCountdown(String symbol, Duration countdown);

  /**
   * Cancels every open order of the account on {@code symbol} that is not conditional, with one
   * request (Binance {@code DELETE /fapi/v1/allOpenOrders}). Completes true when the exchange
   * confirmed; each order's end is then reported through the push channel, not here.
   */
  CompletableFuture<Boolean> cancelAllOpenOrders(String symbol);

  /**
   * The trades of one order, for fills the push channel may have missed (after a gap); fails
   * when the exchange cannot be asked.
   */
  CompletableFuture<List<TradeFill>> orderTrades(String symbol, String exchangeOrderId);

  /** The trading rules of every symbol the exchange lists. */
  CompletableFuture<List<SymbolRules>> loadSymbolRules();

  /**
   * The account's positions as the exchange holds them, one per symbol it reports (flat ones
   * may be left out); fails when the exchange cannot be asked.
   */
  CompletableFuture<List<ExchangePosition>> positions();
}
