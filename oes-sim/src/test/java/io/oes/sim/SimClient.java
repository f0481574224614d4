package io.oes.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A deliberately small Binance client for the tests, written against the wire protocol only: it
 * signs with its own HMAC code, so a bug in the simulator's signer cannot hide itself.
 */
final class SimClient {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String baseUrl;
  private final String apiKey;
  private final String secretKey;

  SimClient(String baseUrl, String apiKey, String secretKey) {
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.secretKey = secretKey;
  }

  static SimClient of(Simulator simulator) {
    return new SimClient(simulator.baseUrl(), simulator.apiKey(), simulator.secretKey());
  }

  SimClient withCredentials(String otherApiKey, String otherSecretKey) {
    return new SimClient(baseUrl, otherApiKey, otherSecretKey);
  }

  /** An answer: status, headers and the JSON body. */
  record Response(int status, HttpResponse<String> raw, JsonNode body) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    int code() {
      return body.path("code").asInt();
    }
  }

  Response publicGet(String path, String query) {
    return send("GET", path + (query.isEmpty() ? "" : "?" + query), "", false);
  }

  /** A signed call with every parameter in the query string. */
  Response signed(String method, String path, Map<String, String> params) {
    String query = withTimestamp(params);
    return send(method, path + "?" + query + "&signature=" + sign(query), "", true);
  }

  /** A signed call with every parameter in a form body, as ccxt sends POSTs. */
  Response signedForm(String method, String path, Map<String, String> params) {
    String body = withTimestamp(params);
    return send(method, path, body + "&signature=" + sign(body), true);
  }

  /** A call whose raw query and body are given exactly as they will be sent. */
  Response raw(String method, String path, String query, String body) {
    return send(method, path + (query.isEmpty() ? "" : "?" + query), body, true);
  }

  /** A call to the operator endpoints with a JSON body (may be empty). */
  Response admin(String method, String path, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json))
        .header("Content-Type", "application/json");
    if (apiKey != null) {
      request.header("X-MBX-APIKEY", apiKey);
    }
    return exchange(request.build());
  }

  /** A signed order placement that gives up after {@code timeout}, as a careful client does. */
  Response placeOrderWithin(Map<String, String> params, java.time.Duration timeout)
      throws IOException, InterruptedException {
    String query = withTimestamp(params);
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/fapi/v1/order?" + query
            + "&signature=" + sign(query)))
        .POST(HttpRequest.BodyPublishers.noBody())
        .header("X-MBX-APIKEY", apiKey)
        .timeout(timeout)
        .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    return new Response(response.statusCode(), response, MAPPER.readTree(response.body()));
  }

  Response placeOrder(Map<String, String> params) {
    return signed("POST", "/fapi/v1/order", params);
  }

  String sign(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> params(String... namesAndValues) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      params.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return params;
  }

  private static String withTimestamp(Map<String, String> params) {
    Map<String, String> all = new LinkedHashMap<>(params);
    all.putIfAbsent("timestamp", String.valueOf(System.currentTimeMillis()));
    return all.entrySet().stream()
        .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private Response send(String method, String pathAndQuery, String body, boolean withKey) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
        .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (!body.isEmpty()) {
      request.header("Content-Type", "application/x-www-form-urlencoded");
    }
    if (withKey && apiKey != null) {
      request.header("X-MBX-APIKEY", apiKey);
    }
    return exchange(request.build());
  }

  private Response exchange(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response, MAPPER.readTree(response.body()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
