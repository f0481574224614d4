/**
 * The market streams built from the simulated market: aggTrade, markPrice, bookTicker, partial
 * and diff depth (with update ids joining {@code GET /fapi/v1/depth}'s {@code lastUpdateId}),
 * klines and the 24-hour tickers, with Binance's payloads and periods. The
 * {@link io.oes.sim.marketdata.MarketFeed} runs on its own thread: it samples each symbol's
 * engine briefly and drains the trades the engine printed, so the engine never renders or waits
 * for a market event.
 */
package io.oes.sim.marketdata;
