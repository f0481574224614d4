/**
 * The Binance USD-M Futures exchange adapter: {@link io.oes.binance.BinanceExchange} implements
 * the core's {@link io.oes.core.port.ExchangeGateway} over the REST client in {@code
 * io.oes.binance.rest}, translating with {@code io.oes.binance.wire}.
 */
package io.oes.binance;
