package io.oes.binance.orderentry;

import java.io.IOException;

/**
 * A request that never left: the WebSocket API connection was gone before it could be written,
 * so it may safely be sent another way.
 */
final class NotSentException extends IOException {
  private static final long serialVersionUID = 1L;

  NotSentException(String message) {
    super(message);
  }
}
