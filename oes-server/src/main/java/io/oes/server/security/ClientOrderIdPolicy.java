package io.oes.server.security;

import io.grpc.Status;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A client order id must be what Binance accepts as {@code newClientOrderId}: 1-36 characters
 * of {@code . A-Z : / a-z 0-9 _ -}. Anything else is refused at the edge, so a hostile id (huge,
 * non-ASCII, control characters) never reaches the store, the cache keys, the logs or the
 * events. An empty id is fine: the gateway generates one.
 */
public final class ClientOrderIdPolicy {

  /** Binance's rule for {@code newClientOrderId}. */
  public static final Pattern BINANCE_CHARSET = Pattern.compile("^[\\.A-Z\\:/a-z0-9_-]{1,36}$");

  private ClientOrderIdPolicy() {}

  /** Empty when {@code clientOrderId} is acceptable, else the validation message. */
  public static Optional<String> check(String clientOrderId) {
    if (clientOrderId.isEmpty() || BINANCE_CHARSET.matcher(clientOrderId).matches()) {
      return Optional.empty();
    }
    return Optional.of("validation failed: client_order_id " + Shown.value(clientOrderId)
        + " must be 1-36 characters of A-Z a-z 0-9 . : / _ -");
  }

  /**
   * Refuses an unacceptable id.
   *
   * @throws CallRefused INVALID_ARGUMENT with the {@link #check} message
   */
  public static void require(String clientOrderId) {
    check(clientOrderId).ifPresent(message ->
        { throw new CallRefused(Status.INVALID_ARGUMENT.withDescription(message)); });
  }
}
