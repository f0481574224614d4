package io.oes.core.port;

import io.oes.core.order.Order;
import io.oes.core.symbol.SymbolRules;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One exchange account. Every method returns at once and never blocks the caller; the future
 * completes on an adapter thread, never exceptionally for a venue answer (see {@link
 * ExchangeOutcome}).
 */
public interface ExchangeGateway {

  /** Sends a new order under its {@link Order#exchangeClientId()}. */
  CompletableFuture<ExchangeOutcome> submit(Order order);

  /** Cancels the open order the exchange knows as {@code exchangeClientId}. */
  CompletableFuture<ExchangeOutcome> cancel(String symbol, String exchangeClientId);

  /** Asks the exchange how the order {@code exchangeClientId} stands. */
  CompletableFuture<ExchangeOutcome> query(String symbol, String exchangeClientId);

  /** The trading rules of every symbol the exchange lists. */
  CompletableFuture<List<SymbolRules>> loadSymbolRules();
}
