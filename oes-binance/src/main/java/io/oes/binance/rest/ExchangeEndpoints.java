package io.oes.binance.rest;

import java.net.URI;

/** REST base URLs of Binance USD-M Futures; paths such as {@code /fapi/v1/order} go after them. */
public final class ExchangeEndpoints {
  /** The production venue. */
  public static final URI LIVE = URI.create("https://fapi.binance.com");

  /** The testnet Binance documents for USD-M Futures. */
  public static final URI TESTNET = URI.create("https://demo-fapi.binance.com");

  private ExchangeEndpoints() {}
}
