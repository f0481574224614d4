package io.oes.binance.orderentry;

import io.oes.binance.rest.BinanceClientConfig;
import io.oes.binance.rest.BinanceRestClient;
import io.oes.binance.rest.HttpVerb;
import io.oes.binance.rest.RequestParams;
import io.oes.binance.rest.RestResponse;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Order entry over the WebSocket API, falling back to REST. Place, modify, cancel and query of
 * regular orders go over the account's one {@link TradingSocket} while it is open; while it is
 * down they go over REST and the socket is reopened in the background; every other request
 * (algo orders, lists) always goes over REST. A request sent over the socket is never sent again
 * over REST when its answer does not come: its outcome is unknown and the caller looks it up by
 * client id, as after a REST timeout. The exceptions are requests that never left (the
 * connection was gone before they could be written) and {@code -1021} (timestamp refused, so
 * never executed): REST sends those, the latter once more after resynchronising the clock.
 * Thread-safe.
 */
public final class WebSocketOrderEntry implements OrderEntry {
  /** The REST calls the WebSocket API does the same thing as, by verb and path. */
  private static final Map<String, String> METHODS = Map.of(
      "POST /fapi/v1/order", "order.place",
      "PUT /fapi/v1/order", "order.modify",
      "DELETE /fapi/v1/order", "order.cancel",
      "GET /fapi/v1/order", "order.status");

  private final BinanceRestClient rest;
  private final TradingSocket socket;

  /**
   * @param webSocketApi the WebSocket API of the account's venue, e.g.
   *     {@code wss://ws-fapi.binance.com/ws-fapi/v1}; connecting starts at once
   */
  public WebSocketOrderEntry(BinanceRestClient rest, BinanceClientConfig config,
      URI webSocketApi) {
    this.rest = rest;
    this.socket = new TradingSocket(webSocketApi, config.credentials(), config.recvWindowMs(),
        config.requestTimeout());
    socket.connect();
  }

  /** Whether requests go over the WebSocket API now. */
  public boolean isConnected() {
    return socket.isOpen();
  }

  @Override
  public CompletableFuture<RestResponse> send(HttpVerb verb, String path, RequestParams params,
      Instant requestTime) {
    Optional<String> method = Optional.ofNullable(METHODS.get(verb + " " + path));
    if (method.isEmpty()) {
      return rest.sendSigned(verb, path, params, requestTime);
    }
    if (!socket.isOpen()) {
      socket.connect();
      return rest.sendSigned(verb, path, params, requestTime);
    }
    return rest.exchangeTimestampMs(requestTime)
        .thenCompose(timestamp -> socket.request(method.get(), params, timestamp))
        .exceptionallyCompose(failure -> unwrap(failure) instanceof NotSentException
            ? rest.sendSigned(verb, path, params, requestTime)
            : CompletableFuture.failedFuture(failure))
        .thenCompose(response -> response.isTimestampRejection()
            ? rest.sendSigned(verb, path, params, requestTime)
            : CompletableFuture.completedFuture(response));
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
  }

  @Override
  public void close() {
    socket.close();
  }
}
