package io.oes.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A WebSocket API client for the tests, written against the documented protocol only: requests
 * {@code {id, method, params}}, signed over the parameters sorted by name, with its own HMAC
 * (through {@link SimClient}) or Ed25519 code.
 */
final class TradingApiClient implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final StreamClient socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final String apiKey;
  private final SimClient hmac;
  private final PrivateKey ed25519;

  private TradingApiClient(StreamClient socket, String apiKey, SimClient hmac,
      PrivateKey ed25519) {
    this.socket = socket;
    this.apiKey = apiKey;
    this.hmac = hmac;
    this.ed25519 = ed25519;
  }

  /** A connection signing with the simulator's first (HMAC) account. */
  static TradingApiClient hmac(Simulator simulator) {
    return new TradingApiClient(StreamClient.connect(simulator.webSocketUrl() + "/ws-fapi/v1"),
        simulator.apiKey(), SimClient.of(simulator), null);
  }

  /** A connection signing with an Ed25519 account's private key. */
  static TradingApiClient ed25519(Simulator simulator, String apiKey, PrivateKey key) {
    return new TradingApiClient(StreamClient.connect(simulator.webSocketUrl() + "/ws-fapi/v1"),
        apiKey, null, key);
  }

  /** A request signed on its own: apiKey, timestamp and signature added. */
  JsonNode signed(String method, Map<String, String> params) {
    Map<String, String> all = new TreeMap<>(params);
    all.put("apiKey", apiKey);
    all.putIfAbsent("timestamp", String.valueOf(System.currentTimeMillis()));
    all.put("signature", sign(payload(all)));
    return send(method, all);
  }

  /** A request of a logged-on session: only the timestamp added. */
  JsonNode bySession(String method, Map<String, String> params) {
    Map<String, String> all = new TreeMap<>(params);
    all.put("timestamp", String.valueOf(System.currentTimeMillis()));
    return send(method, all);
  }

  /** A request with exactly these parameters. */
  JsonNode send(String method, Map<String, String> params) {
    int id = ids.incrementAndGet();
    ObjectNode request = MAPPER.createObjectNode().put("id", "r" + id).put("method", method);
    ObjectNode json = request.putObject("params");
    params.forEach(json::put);
    return socket.request(request.toString(), "r" + id);
  }

  /** A raw text frame; the next frame the server sends back. */
  JsonNode sendRaw(String text) {
    socket.send(text);
    return socket.next();
  }

  JsonNode sendBinary(byte[] bytes) {
    socket.sendBinary(bytes);
    return socket.next();
  }

  String sign(String payload) {
    if (ed25519 == null) {
      return hmac.sign(payload);
    }
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(ed25519);
      signer.update(payload.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String payload(Map<String, String> sorted) {
    return sorted.entrySet().stream().filter(entry -> !entry.getKey().equals("signature"))
        .map(entry -> entry.getKey() + "="
            + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
        .collect(Collectors.joining("&"));
  }

  @Override
  public void close() {
    socket.close();
  }
}
