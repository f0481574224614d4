/**
 * Request signing for Binance's SIGNED endpoints: the account's {@link
 * io.oes.binance.signing.BinanceCredentials} and the HMAC-SHA256 {@link
 * io.oes.binance.signing.BinanceSigner}. Nothing here performs I/O; signing is safe from any
 * thread.
 */
package io.oes.binance.signing;
