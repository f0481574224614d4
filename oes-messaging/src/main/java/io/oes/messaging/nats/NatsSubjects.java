package io.oes.messaging.nats;

/** The b25 subjects order events are published on. */
public final class NatsSubjects {
  /** Every subject the publisher uses; the JetStream stream listens to it. */
  public static final String ALL = "orders.>";

  private NatsSubjects() {}

  /** {@code orders.updates.{SYMBOL}}: every change of an order, b25 update JSON. */
  public static String updates(String symbol) {
    return "orders.updates." + symbol;
  }

  /** {@code orders.fills.{SYMBOL}}: every fill, b25 fill JSON. */
  public static String fills(String symbol) {
    return "orders.fills." + symbol;
  }
}
