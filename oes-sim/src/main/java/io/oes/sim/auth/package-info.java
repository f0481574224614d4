/**
 * Binance request authentication: the {@code X-MBX-APIKEY} header, the HMAC-SHA256 signature over
 * the raw query string immediately followed by the raw body (verified over the bytes as received,
 * whatever the Content-Type, before anything is decoded), and the {@code timestamp} /
 * {@code recvWindow} freshness check. Stateless apart from the clock and the account registry,
 * so it is safe to use from any request thread.
 */
package io.oes.sim.auth;
