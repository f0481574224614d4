package io.oes.sim.wsapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.websocket.WsContext;
import io.oes.sim.http.WebSocketApi;
import io.oes.sim.http.WebSocketApi.Answer;
import io.oes.sim.http.WebSocketApi.Call;
import io.oes.sim.ratelimit.RateLimitLedger;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.Rejections;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ws-fapi/v1}: reads each frame as a request, runs it and answers on the same
 * connection, in order. {@code session.*} keep the connection's login; every other method goes
 * to {@link WebSocketApi}; an unknown one is refused (-1130 naming {@code method}). Opening a
 * connection costs 5 request weight, as on Binance; {@code ?returnRateLimits=false} leaves
 * {@code rateLimits} out of the answers.
 */
public final class TradingApiEndpoint {
  private static final Logger LOG = LoggerFactory.getLogger(TradingApiEndpoint.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int HANDSHAKE_WEIGHT = 5;

  private final WebSocketApi api;
  private final RateLimitLedger ledger;
  private final InstantSource clock;
  private final Map<String, TradingSession> sessions = new ConcurrentHashMap<>();

  public TradingApiEndpoint(WebSocketApi api, RateLimitLedger ledger, InstantSource clock) {
    this.api = api;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** How many WebSocket API connections are open now. */
  public int openConnections() {
    return sessions.size();
  }

  public void registerOn(Javalin app) {
    app.ws("/ws-fapi/v1", ws -> {
      ws.onConnect(this::onConnect);
      ws.onMessage(message -> onFrame(message, TradingFrame.parse(message.message())));
      ws.onBinaryMessage(message -> onFrame(message, TradingFrame.unreadable()));
      ws.onClose(socket -> sessions.remove(socket.sessionId()));
      ws.onError(socket -> sessions.remove(socket.sessionId()));
    });
  }

  private void onConnect(WsContext socket) {
    String ip = remoteHost(socket);
    ledger.chargeWeight(ip, HANDSHAKE_WEIGHT);
    boolean returnRateLimits = !"false".equals(socket.queryParam("returnRateLimits"));
    sessions.put(socket.sessionId(), new TradingSession(ip, clock.millis(), returnRateLimits));
  }

  private void onFrame(WsContext socket, TradingFrame frame) {
    TradingSession session = sessions.get(socket.sessionId());
    if (session == null) {
      return;
    }
    Answer answer;
    try {
      answer = frame.refusal().map(TradingApiEndpoint::unanswerable)
          .orElseGet(() -> run(session, frame));
    } catch (RuntimeException e) {
      // A request nothing below expected: answer it, never drop the connection.
      LOG.error("WebSocket API frame failed: {}", frame.method(), e);
      answer = unanswerable(new Rejection(500, -1000,
          "An unknown error occurred while processing the request."));
    }
    send(socket, frame, answer, session.returnRateLimits());
  }

  private Answer run(TradingSession session, TradingFrame frame) {
    Call call = new Call(frame.method(), frame.params(), SigningPayload.of(frame.params()),
        session.account(), session.ip());
    return switch (frame.method()) {
      case "session.logon" -> api.logon(call, account -> {
        session.logOn(account, clock.millis());
        return session.status(clock.millis());
      });
      case "session.status" -> api.session(call, session.status(clock.millis()));
      case "session.logout" -> {
        session.logOut();
        yield api.session(call, session.status(clock.millis()));
      }
      default -> api.knows(frame.method()) ? api.call(call)
          : unanswerable(Rejections.invalidParameter("method"));
    };
  }

  private static Answer unanswerable(Rejection rejection) {
    return new Answer(rejection.httpStatus(), null, Optional.of(rejection), List.of());
  }

  private static void send(WsContext socket, TradingFrame frame, Answer answer,
      boolean withRateLimits) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", frame.id());
    json.put("status", answer.status());
    answer.error().ifPresentOrElse(rejection -> {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("code", rejection.code());
      error.put("msg", rejection.message());
      json.put("error", error);
    }, () -> json.put("result", answer.result()));
    if (withRateLimits && !answer.rateLimits().isEmpty()) {
      json.put("rateLimits", answer.rateLimits());
    }
    try {
      socket.send(MAPPER.writeValueAsString(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An answer is always JSON", e);
    }
  }

  /** The caller's address as REST's weight ledger keys it, so both share one budget. */
  private static String remoteHost(WsContext socket) {
    SocketAddress remote = socket.session.getRemoteAddress();
    return remote instanceof InetSocketAddress address ? address.getAddress().getHostAddress()
        : String.valueOf(remote);
  }
}
