package io.oes.server.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.binance.rest.BinanceClientConfig;
import io.oes.binance.rest.BinanceRestClient;
import io.oes.binance.rest.HttpVerb;
import io.oes.binance.rest.RequestParams;
import io.oes.binance.rest.RestResponse;
import io.oes.binance.signing.BinanceCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One simulator account reached the way any Binance client reaches it: signed REST requests.
 * The tests use it to trade against oes from the other side and to ask the exchange what it
 * holds, independently of oes.
 */
final class VenueAccount implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BinanceRestClient rest;
  final String apiKey;
  final String secretKey;

  VenueAccount(String baseUrl, String apiKey, String secretKey) {
    this.apiKey = apiKey;
    this.secretKey = secretKey;
    this.rest = new BinanceRestClient(BinanceClientConfig.of(URI.create(baseUrl),
        new BinanceCredentials(apiKey, secretKey)));
  }

  /** Places a LIMIT order; fails the test unless the exchange accepted it. */
  JsonNode placeLimit(String symbol, String side, BigDecimal quantity, BigDecimal price,
      String timeInForce) {
    return ok(HttpVerb.POST, "/fapi/v1/order", new RequestParams().add("symbol", symbol)
        .add("side", side).add("type", "LIMIT").add("timeInForce", timeInForce)
        .add("quantity", quantity).add("price", price));
  }

  /** Every open order of the account, all symbols. */
  List<JsonNode> openOrders() {
    return list(ok(HttpVerb.GET, "/fapi/v1/openOrders", new RequestParams()));
  }

  /** Every order of the account on {@code symbol}, oldest first, however many there are. */
  List<JsonNode> allOrders(String symbol) {
    List<JsonNode> all = new ArrayList<>();
    long fromId = 0;
    while (true) {
      List<JsonNode> page = list(ok(HttpVerb.GET, "/fapi/v1/allOrders", new RequestParams()
          .add("symbol", symbol).add("orderId", fromId).add("limit", 1000)));
      all.addAll(page);
      if (page.size() < 1000) {
        return all;
      }
      fromId = page.getLast().path("orderId").asLong() + 1;
    }
  }

  /** The account's positions, {@code GET /fapi/v3/positionRisk}: symbols held or with orders. */
  List<JsonNode> positions() {
    return list(ok(HttpVerb.GET, "/fapi/v3/positionRisk", new RequestParams()));
  }

  /** The symbol's mark price now. */
  BigDecimal markPrice(String symbol) {
    return new BigDecimal(ok(HttpVerb.GET, "/fapi/v1/premiumIndex",
        new RequestParams().add("symbol", symbol)).path("markPrice").asText());
  }

  private JsonNode ok(HttpVerb verb, String path, RequestParams params) {
    RestResponse response = send(verb, path, params);
    // A query refused before execution (injected 503 "Service Unavailable.") is safe to repeat.
    for (int attempt = 0; attempt < 20 && verb == HttpVerb.GET && response.status() == 503;
        attempt++) {
      response = send(verb, path, params);
    }
    if (response.status() != 200) {
      throw new IllegalStateException(verb + " " + path + " " + params + " answered HTTP "
          + response.status() + ": " + response.body());
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private RestResponse send(HttpVerb verb, String path, RequestParams params) {
    try {
      return (path.endsWith("premiumIndex") ? rest.send(verb, path, params)
          : rest.sendSigned(verb, path, params)).get(15, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(verb + " " + path + " got no answer", e);
    }
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  @Override
  public void close() {
    rest.close();
  }
}
