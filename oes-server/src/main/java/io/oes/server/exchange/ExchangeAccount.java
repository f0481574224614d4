package io.oes.server.exchange;

import io.oes.binance.BinanceExchange;
import io.oes.binance.stream.BinanceUserStream;
import io.oes.core.symbol.SymbolRulesBook;

/**
 * One configured exchange account: its REST client, its user data stream (not started until
 * the engine listens), and the symbol rules it trades under.
 */
public record ExchangeAccount(
    String id, BinanceExchange client, BinanceUserStream stream, SymbolRulesBook rules) {}
