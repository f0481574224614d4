package io.oes.messaging.nats;

import java.util.List;

/** The b25 subjects: order events published by oes, and order requests it may answer. */
public final class NatsSubjects {
  /**
   * The subjects of the events, which a JetStream stream listens to. Never {@code orders.>}:
   * a stream over the request subjects would store every request and answer it with its own
   * acknowledgement, ahead of the gateway's reply.
   */
  public static final List<String> EVENTS = List.of("orders.updates.>", "orders.fills.>");
  /** What streams created by oes before order entry listened to; narrowed to {@link #EVENTS}. */
  static final String FORMER_STREAM_SUBJECT = "orders.>";

  /** {@code orders.requests.create}: a new order, request-reply (NATS order entry). */
  public static final String CREATE_REQUESTS = "orders.requests.create";
  /** {@code orders.requests.cancel}: a cancel, request-reply. */
  public static final String CANCEL_REQUESTS = "orders.requests.cancel";
  /** {@code orders.requests.get}: one order looked up, request-reply. */
  public static final String GET_REQUESTS = "orders.requests.get";

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
