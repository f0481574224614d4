package io.oes.binance.stream;

import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A WebSocket listener that hands over each text message once its last part has arrived, and
 * says why when the connection ends (closed by the peer, or broken). Called by the JDK's
 * WebSocket on one thread at a time per connection.
 */
public final class WholeTextListener implements WebSocket.Listener {
  private final Consumer<String> onMessage;
  private final Consumer<String> onLost;
  private final StringBuilder partial = new StringBuilder();

  /**
   * @param onMessage given each whole text message
   * @param onLost given why the connection ended
   */
  public WholeTextListener(Consumer<String> onMessage, Consumer<String> onLost) {
    this.onMessage = onMessage;
    this.onLost = onLost;
  }

  @Override
  public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      String text = partial.toString();
      partial.setLength(0);
      onMessage.accept(text);
    }
    ws.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
    onLost.accept("closed by the exchange (" + statusCode + " " + reason + ")");
    return null;
  }

  @Override
  public void onError(WebSocket ws, Throwable error) {
    onLost.accept(error.getClass().getSimpleName() + ": " + error.getMessage());
  }
}
