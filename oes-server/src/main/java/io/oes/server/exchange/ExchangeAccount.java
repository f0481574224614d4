package io.oes.server.exchange;

import io.oes.binance.BinanceExchange;
import io.oes.binance.resilience.ExchangeCircuitBreaker;
import io.oes.binance.stream.BinanceUserStream;
import io.oes.core.port.ExchangeGateway;
import io.oes.core.ratelimit.RateLimiter;
import io.oes.core.symbol.MarkPrices;
import io.oes.core.symbol.SymbolRulesBook;
import java.time.InstantSource;

/**
 * One configured exchange account.
 *
 * @param client the raw Binance client (pings, mark prices, usage headers)
 * @param gateway the client behind the circuit breaker and the rate limiter: what the engine
 *     trades through
 * @param stream the user data stream, not started until the engine listens
 * @param limiter the account's rate limiter, or null when rate limiting is off
 * @param breaker the circuit breaker, or null when it is off
 * @param exchangeClock the exchange's clock (local clock plus the measured offset)
 */
public record ExchangeAccount(
    String id,
    BinanceExchange client,
    ExchangeGateway gateway,
    BinanceUserStream stream,
    SymbolRulesBook rules,
    MarkPrices marks,
    RateLimiter limiter,
    ExchangeCircuitBreaker breaker,
    InstantSource exchangeClock) {}
