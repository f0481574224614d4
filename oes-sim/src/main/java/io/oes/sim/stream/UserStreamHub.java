package io.oes.sim.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oes.sim.account.AccountRegistry;
import io.oes.sim.algo.AlgoSnapshot;
import io.oes.sim.matching.OrderEvent;
import io.oes.sim.matching.OrderEventListener;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fans order events out to the connections listening to their account's active listen key, on
 * any path ({@code /ws/<key>}, {@code /private/ws?listenKey=}, {@code /stream?streams=<key>},
 * {@code /private/stream?listenKey=}, or {@code SUBSCRIBE [key]}), each filtered by the
 * connection's {@code events=}. The engine thread only hands the event to the
 * {@link UserEventPublisher}'s thread, which renders it and fills each connection's bounded
 * outbox, in the order the engines reported. A fill yields TRADE_LITE, ORDER_TRADE_UPDATE and
 * ACCOUNT_UPDATE, in that order. Expiry and deletion of a key go through the same thread, so
 * they never overtake an event reported before them. Thread-safe.
 */
public final class UserStreamHub implements OrderEventListener, AutoCloseable {
  private final ObjectMapper mapper = new ObjectMapper();
  private final ListenKeys listenKeys;
  private final AccountRegistry accounts;
  private final StreamRegistry registry;
  private final InstantSource clock;
  private final UserEventPublisher publisher = new UserEventPublisher();

  public UserStreamHub(ListenKeys listenKeys, AccountRegistry accounts, StreamRegistry registry,
      InstantSource clock) {
    this.listenKeys = listenKeys;
    this.accounts = accounts;
    this.registry = registry;
    this.clock = clock;
  }

  public ListenKeys listenKeys() {
    return listenKeys;
  }

  @Override
  public void onOrderEvent(OrderEvent event) {
    publisher.execute(() -> publish(event));
  }

  private void publish(OrderEvent event) {
    Optional<String> key = listenKeys.activeKey(event.accountId());
    List<StreamConnection> targets = key.map(registry::subscribersOf).orElse(List.of());
    if (targets.isEmpty()) {
      return;
    }
    event.fill().ifPresent(fill -> send(targets, key.get(), "TRADE_LITE",
        UserStreamEvents.tradeLite(event, fill.trade())));
    send(targets, key.get(), "ORDER_TRADE_UPDATE", UserStreamEvents.orderTradeUpdate(event));
    event.fill().ifPresent(fill -> send(targets, key.get(), "ACCOUNT_UPDATE",
        UserStreamEvents.accountUpdate(event, fill,
            marginTypeOf(event.accountId(), event.order().symbol()))));
  }

  @Override
  public void onAlgoUpdate(long accountId, AlgoSnapshot algo, long eventTimeMillis) {
    publisher.execute(() -> listenKeys.activeKey(accountId).ifPresent(key ->
        send(registry.subscribersOf(key), key, "ALGO_UPDATE",
            UserStreamEvents.algoUpdate(algo, eventTimeMillis))));
  }

  /** The key was deleted: its sockets are closed. */
  public void onListenKeyClosed(String listenKey) {
    publisher.execute(() -> registry.subscribersOf(listenKey).forEach(connection -> {
      registry.forget(connection);
      connection.close(1000, "listenKey closed");
    }));
  }

  /**
   * Sends {@code listenKeyExpired} for every lapsed key, whatever a connection's {@code events=}
   * filter says: it is about the connection itself, and without it a filtering client would
   * never learn why its events stopped. The key's connections stay open and silent.
   */
  public void expireListenKeys() {
    long now = clock.millis();
    for (ListenKeys.ActiveKey lapsed : listenKeys.expire(now)) {
      publisher.execute(() -> {
        String json = render(UserStreamEvents.listenKeyExpired(lapsed.listenKey(), now));
        registry.subscribersOf(lapsed.listenKey())
            .forEach(connection -> connection.send(lapsed.listenKey(), json));
        registry.unsubscribeAll(lapsed.listenKey());
      });
    }
  }

  /** Pings every stream connection, market and user data alike. */
  public void pingAll() {
    registry.all().forEach(StreamConnection::ping);
  }

  /** Closes the connections older than {@code maxAgeMillis}, as Binance does after 24 hours. */
  public void closeExpiredConnections(long maxAgeMillis) {
    long now = clock.millis();
    registry.all().stream()
        .filter(connection -> now - connection.connectedAtMillis() >= maxAgeMillis)
        .forEach(connection -> {
          registry.forget(connection);
          connection.close(1000, "Connection lifetime reached");
        });
  }

  /** Cuts every stream connection, as a network failure would. */
  public void dropAll() {
    registry.all().forEach(connection -> {
      registry.forget(connection);
      connection.drop();
    });
  }

  public int connectionCount() {
    return registry.size();
  }

  /** Stops the publisher thread; events still queued are not sent. */
  @Override
  public void close() {
    publisher.close();
  }

  private String marginTypeOf(long accountId, String symbol) {
    return accounts.byId(accountId)
        .map(account -> account.settings().marginType(symbol).reportName()).orElse("cross");
  }

  private void send(List<StreamConnection> targets, String listenKey, String type,
      Map<String, Object> event) {
    if (targets.isEmpty()) {
      return;
    }
    String json = render(event);
    targets.forEach(connection -> connection.sendUserEvent(listenKey, type, json));
  }

  private String render(Map<String, Object> event) {
    try {
      return mapper.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A user stream event could not be rendered", e);
    }
  }
}
