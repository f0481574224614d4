package io.oes.sim.matching;

import java.util.random.RandomGenerator;

/**
 * Generates the client order id of an order sent without one: 22 letters and digits, as Binance
 * does, drawn from a seeded generator so runs repeat. Not thread-safe: owned by one engine.
 */
final class ClientOrderIds {
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final int LENGTH = 22;

  private final RandomGenerator random;

  ClientOrderIds(RandomGenerator random) {
    this.random = random;
  }

  String next() {
    StringBuilder id = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
