package io.oes.server.exchange;

import io.oes.binance.signing.BinanceCredentials;

/**
 * The embedded simulator as {@code oes bench --baseline} needs it: its REST base and the key of
 * an account of its own on it, which no configured account uses, so the floor's orders share
 * neither orders, positions nor rate limits with the gateway's. The simulator is a test
 * exchange bound to loopback, and the key is made afresh at every start.
 *
 * @param restUrl the simulator's REST base, e.g. {@code http://127.0.0.1:41234}
 * @param key the floor account's key pair (its {@code toString} masks the secret)
 */
public record SimulatorFloor(String restUrl, BinanceCredentials key) {}
