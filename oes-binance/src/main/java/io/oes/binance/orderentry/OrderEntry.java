package io.oes.binance.orderentry;

import io.oes.binance.rest.BinanceRestClient;
import io.oes.binance.rest.HttpVerb;
import io.oes.binance.rest.RequestParams;
import io.oes.binance.rest.RestResponse;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one signed order request and completes with the exchange's answer, or exceptionally
 * when no answer came (the outcome is then unknown). Thread-safe.
 */
public interface OrderEntry extends AutoCloseable {

  /**
   * @param requestTime the local instant the request's timestamp names (now when null), so the
   *     exchange refuses it after that plus {@code recvWindow}
   */
  CompletableFuture<RestResponse> send(HttpVerb verb, String path, RequestParams params,
      Instant requestTime);

  @Override
  default void close() {
  }

  /** Every request as a signed REST call of {@code rest}. */
  static OrderEntry rest(BinanceRestClient rest) {
    return rest::sendSigned;
  }
}
