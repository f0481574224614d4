package io.oes.sim.http;

import static io.oes.sim.http.RequestParams.refuse;

import io.oes.sim.account.Account;
import io.oes.sim.rejection.Rejections;
import io.oes.sim.stream.UserStreamHub;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /fapi/v1/listenKey}: API-key header only; any other parameter (a signature, a
 * timestamp, the key itself) is accepted and, but for {@code listenKey}, ignored.
 */
final class ListenKeyHandlers {
  private final AccountResolver resolver;
  private final UserStreamHub hub;
  private final InstantSource clock;

  ListenKeyHandlers(AccountResolver resolver, UserStreamHub hub, InstantSource clock) {
    this.resolver = resolver;
    this.hub = hub;
    this.clock = clock;
  }

  /** POST: the account's active key, extended, or a new one. */
  Object open(ApiRequest request) {
    Account account = resolver.keyAccount(request);
    return Map.of("listenKey", hub.listenKeys().open(account.id(), clock.millis()));
  }

  /** PUT: extends the key by the validity; -1125 when the account has no such key. */
  Object keepAlive(ApiRequest request) {
    Account account = resolver.keyAccount(request);
    String key = hub.listenKeys()
        .keepAlive(account.id(), sentKey(request), clock.millis())
        .orElseThrow(() -> refuse(Rejections.invalidListenKey()));
    return Map.of("listenKey", key);
  }

  /** DELETE: closes the key and its sockets. */
  Object close(ApiRequest request) {
    Account account = resolver.keyAccount(request);
    hub.listenKeys().close(account.id(), sentKey(request)).ifPresent(hub::onListenKeyClosed);
    return Map.of();
  }

  private static Optional<String> sentKey(ApiRequest request) {
    return request.params().optional("listenKey");
  }
}
