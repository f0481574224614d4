package io.oes.sim.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.javalin.websocket.WsContext;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.websocket.api.RemoteEndpoint;
import org.eclipse.jetty.websocket.api.Session;
import org.junit.jupiter.api.Test;

/**
 * A connection's outbox against a socket that writes only when the test lets it: frames leave
 * in order, and a client that stops reading is cut once its outbox is full, without the
 * publisher ever waiting.
 */
class StreamConnectionTest {
  private static final StreamLimits FOUR_FRAMES = new StreamLimits(10, 1024,
      Duration.ofHours(24), 4);

  private final List<String> written = new CopyOnWriteArrayList<>();
  private final AtomicBoolean disconnected = new AtomicBoolean();
  private final CountDownLatch clientReads = new CountDownLatch(1);

  @Test
  void framesLeaveInTheOrderTheyWereHandedOverWrappedWhenCombined() {
    clientReads.countDown();
    StreamConnection connection = new StreamConnection(socket(), true, Set.of(), FOUR_FRAMES, 0);

    connection.send("btcusdt@aggTrade", "{\"a\":1}");
    connection.send("btcusdt@aggTrade", "{\"a\":2}");
    connection.answer("{\"result\":null,\"id\":1}");

    await().atMost(Duration.ofSeconds(5)).until(() -> written.size() == 3);
    assertThat(written).containsExactly(
        "{\"stream\":\"btcusdt@aggTrade\",\"data\":{\"a\":1}}",
        "{\"stream\":\"btcusdt@aggTrade\",\"data\":{\"a\":2}}",
        "{\"result\":null,\"id\":1}");
  }

  @Test
  void cutsAClientThatStopsReadingOnceItsOutboxIsFull() {
    StreamConnection connection = new StreamConnection(socket(), false, Set.of(), FOUR_FRAMES,
        0);

    for (int i = 0; i < 10; i++) {
      connection.send("btcusdt@depth", "{\"u\":" + i + "}");
    }

    assertThat(disconnected).isTrue();
    clientReads.countDown();
  }

  @Test
  void leavesOutUserDataEventsTheEventsFilterDoesNotName() {
    clientReads.countDown();
    StreamConnection connection = new StreamConnection(socket(), false,
        Set.of("ORDER_TRADE_UPDATE"), FOUR_FRAMES, 0);

    connection.sendUserEvent("key", "TRADE_LITE", "{\"e\":\"TRADE_LITE\"}");
    connection.sendUserEvent("key", "ORDER_TRADE_UPDATE", "{\"e\":\"ORDER_TRADE_UPDATE\"}");

    await().atMost(Duration.ofSeconds(5)).until(() -> written.size() == 1);
    assertThat(written).containsExactly("{\"e\":\"ORDER_TRADE_UPDATE\"}");
  }

  /** A socket whose writes wait until the client reads, recording what was written. */
  private WsContext socket() {
    RemoteEndpoint remote = (RemoteEndpoint) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {RemoteEndpoint.class},
        (proxy, method, args) -> {
          if (method.getName().equals("sendString")) {
            clientReads.await();
            written.add((String) args[0]);
          }
          return null;
        });
    Session session = (Session) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Session.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getRemote" -> remote;
          case "disconnect" -> {
            disconnected.set(true);
            yield null;
          }
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> null;
        });
    return new WsContext("test-session", session) { };
  }
}
