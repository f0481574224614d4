package io.oes.sim.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.websocket.WsContext;
import io.oes.sim.account.AccountRegistry;
import io.oes.sim.algo.AlgoSnapshot;
import io.oes.sim.matching.OrderEvent;
import io.oes.sim.matching.OrderEventListener;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Fans order events out to the user data stream connections of their account. Events are
 * rendered on the engine thread that reports them (under the symbol lock, so in the symbol's
 * order) and handed to each connection's sender. A fill yields TRADE_LITE, ORDER_TRADE_UPDATE and
 * ACCOUNT_UPDATE, in that order. Thread-safe.
 */
public final class UserStreamHub implements OrderEventListener {
  private final ObjectMapper mapper = new ObjectMapper();
  private final ListenKeys listenKeys;
  private final AccountRegistry accounts;
  private final InstantSource clock;
  private final Map<Long, List<StreamConnection>> byAccount = new ConcurrentHashMap<>();
  private final Map<String, StreamConnection> bySession = new ConcurrentHashMap<>();

  public UserStreamHub(ListenKeys listenKeys, AccountRegistry accounts, InstantSource clock) {
    this.listenKeys = listenKeys;
    this.accounts = accounts;
    this.clock = clock;
  }

  public ListenKeys listenKeys() {
    return listenKeys;
  }

  @Override
  public void onOrderEvent(OrderEvent event) {
    List<StreamConnection> targets = byAccount.getOrDefault(event.accountId(), List.of());
    if (targets.isEmpty()) {
      return;
    }
    event.fill().ifPresent(fill -> send(targets, UserStreamEvents.tradeLite(event, fill.trade())));
    send(targets, UserStreamEvents.orderTradeUpdate(event));
    event.fill().ifPresent(fill -> send(targets, UserStreamEvents.accountUpdate(event, fill,
        marginTypeOf(event.accountId(), event.order().symbol()))));
  }

  @Override
  public void onAlgoUpdate(long accountId, AlgoSnapshot algo, long eventTimeMillis) {
    send(byAccount.getOrDefault(accountId, List.of()),
        UserStreamEvents.algoUpdate(algo, eventTimeMillis));
  }

  /** A socket opened on {@code listenKey}; closed at once (1008) when the key is not active. */
  void onConnect(WsContext socket, String listenKey, boolean wrapped) {
    Optional<Long> account = listenKeys.accountOf(listenKey);
    if (account.isEmpty()) {
      socket.closeSession(1008, "Invalid listenKey");
      return;
    }
    StreamConnection connection = new StreamConnection(socket, listenKey, wrapped);
    bySession.put(connection.sessionId(), connection);
    byAccount.computeIfAbsent(account.get(), id -> new CopyOnWriteArrayList<>()).add(connection);
  }

  void onDisconnect(String sessionId) {
    StreamConnection connection = bySession.remove(sessionId);
    if (connection != null) {
      byAccount.values().forEach(list -> list.remove(connection));
      connection.onClosed();
    }
  }

  /** The key was deleted: its sockets are closed. */
  public void onListenKeyClosed(String listenKey) {
    detach(listenKey).forEach(connection -> connection.close(1000, "listenKey closed"));
  }

  /** Sends {@code listenKeyExpired} for every lapsed key; its sockets then stay silent. */
  public void expireListenKeys() {
    long now = clock.millis();
    for (ListenKeys.ActiveKey lapsed : listenKeys.expire(now)) {
      String json = render(UserStreamEvents.listenKeyExpired(lapsed.listenKey(), now));
      detach(lapsed.listenKey()).forEach(connection -> connection.send(json));
    }
  }

  public void pingAll() {
    bySession.values().forEach(StreamConnection::ping);
  }

  /** Cuts every user stream connection, as a network failure would. */
  public void dropAll() {
    List.copyOf(bySession.values()).forEach(connection -> {
      forget(connection);
      connection.drop();
    });
  }

  public int connectionCount() {
    return bySession.size();
  }

  private List<StreamConnection> detach(String listenKey) {
    List<StreamConnection> detached = bySession.values().stream()
        .filter(connection -> connection.listenKey().equals(listenKey)).toList();
    detached.forEach(this::forget);
    return detached;
  }

  private void forget(StreamConnection connection) {
    bySession.remove(connection.sessionId());
    byAccount.values().forEach(list -> list.remove(connection));
  }

  private String marginTypeOf(long accountId, String symbol) {
    return accounts.byId(accountId)
        .map(account -> account.settings().marginType(symbol).reportName()).orElse("cross");
  }

  private void send(List<StreamConnection> targets, Map<String, Object> event) {
    if (targets.isEmpty()) {
      return;
    }
    String json = render(event);
    targets.forEach(connection -> connection.send(json));
  }

  private String render(Map<String, Object> event) {
    try {
      return mapper.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A user stream event could not be rendered", e);
    }
  }
}
