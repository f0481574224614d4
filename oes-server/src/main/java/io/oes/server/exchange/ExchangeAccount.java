package io.oes.server.exchange;

import io.oes.binance.BinanceExchange;
import io.oes.core.symbol.SymbolRulesBook;

/** One configured exchange account: its client and the symbol rules it trades under. */
public record ExchangeAccount(String id, BinanceExchange client, SymbolRulesBook rules) {}
