package io.oes.binance.stream;

import io.oes.binance.rest.BinanceRestClient;
import io.oes.binance.rest.HttpVerb;
import io.oes.binance.rest.RequestParams;
import io.oes.binance.rest.RestResponse;
import io.oes.binance.wire.WireJson;
import java.util.concurrent.CompletableFuture;

/**
 * The listenKey of one account ({@code /fapi/v1/listenKey}, API-key header only): created on
 * connect, kept alive by PUT, replaced when the exchange no longer knows it (-1125).
 */
final class ListenKeys {
  private static final String PATH = "/fapi/v1/listenKey";
  private static final int UNKNOWN_LISTEN_KEY = -1125;

  private final BinanceRestClient rest;

  ListenKeys(BinanceRestClient rest) {
    this.rest = rest;
  }

  /** A listenKey (the active one if the account has one); fails when none was given. */
  CompletableFuture<String> create() {
    return rest.send(HttpVerb.POST, PATH, new RequestParams()).thenApply(ListenKeys::keyOf);
  }

  /**
   * Extends the key by 60 minutes; completes false when the exchange no longer knows it, so
   * the caller creates a new one and reconnects.
   */
  CompletableFuture<Boolean> keepAlive(String listenKey) {
    return rest.send(HttpVerb.PUT, PATH, new RequestParams().add("listenKey", listenKey))
        .thenApply(response -> response.status() == 200
            || response.error() == null || response.error().code() != UNKNOWN_LISTEN_KEY);
  }

  CompletableFuture<RestResponse> close(String listenKey) {
    return rest.send(HttpVerb.DELETE, PATH, new RequestParams().add("listenKey", listenKey));
  }

  private static String keyOf(RestResponse response) {
    String key = response.status() == 200
        ? WireJson.read(response.body()).path("listenKey").asText("") : "";
    if (key.isEmpty()) {
      throw new IllegalStateException("no listenKey from the exchange: HTTP " + response.status()
          + (response.error() == null ? "" : " " + response.error()));
    }
    return key;
  }
}
