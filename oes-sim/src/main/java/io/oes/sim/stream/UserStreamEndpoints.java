package io.oes.sim.stream;

import io.javalin.Javalin;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The user data stream WebSocket paths, legacy and new (reference §1): {@code /ws/<listenKey>}
 * and {@code /private/ws?listenKey=K} send bare events; {@code /stream?streams=<listenKey>} and
 * {@code /private/stream?streams=<listenKey>} wrap each in {@code {"stream","data"}}. Messages
 * from the client are ignored; the server's pings are answered by the client's WebSocket stack,
 * and the client's pings by Jetty's.
 */
public final class UserStreamEndpoints {
  /** Binance closes a user stream after 24 hours; idle sockets stay open until then. */
  private static final Duration MAX_CONNECTION_TIME = Duration.ofHours(24);

  private UserStreamEndpoints() {}

  public static void registerOn(Javalin app, UserStreamHub hub) {
    app.ws("/ws/{listenKey}", ws -> handle(ws, hub, socket -> socket.pathParam("listenKey"),
        false));
    app.ws("/private/ws", ws -> handle(ws, hub, socket -> socket.queryParam("listenKey"), false));
    app.ws("/stream", ws -> handle(ws, hub, UserStreamEndpoints::firstStream, true));
    app.ws("/private/stream", ws -> handle(ws, hub, UserStreamEndpoints::firstStream, true));
  }

  private static void handle(WsConfig ws, UserStreamHub hub,
      Function<WsContext, String> listenKey, boolean wrapped) {
    ws.onConnect(socket -> {
      socket.session.setIdleTimeout(MAX_CONNECTION_TIME);
      hub.onConnect(socket, Optional.ofNullable(listenKey.apply(socket)).orElse(""), wrapped);
    });
    ws.onClose(socket -> hub.onDisconnect(socket.sessionId()));
    ws.onError(socket -> hub.onDisconnect(socket.sessionId()));
  }

  private static String firstStream(WsContext socket) {
    String streams = Optional.ofNullable(socket.queryParam("streams")).orElse("");
    return streams.split("/", 2)[0];
  }
}
