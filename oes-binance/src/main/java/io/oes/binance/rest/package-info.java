/**
 * The Binance USD-M Futures REST client on {@link java.net.http.HttpClient}: signed requests
 * with a server-synchronised timestamp, one resync-and-retry on {@code -1021}, and the
 * exchange's usage headers kept in a {@link io.oes.binance.rest.RateLimitUsage}. Every request
 * runs asynchronously; futures complete on the JDK's asynchronous completion pool, where the
 * HTTP client hands every response, so dependent stages must not block.
 */
package io.oes.binance.rest;
