package io.oes.sim.auth;

import io.oes.sim.account.Account;
import io.oes.sim.account.AccountRegistry;
import io.oes.sim.account.Credentials;
import io.oes.sim.rejection.Rejection;
import io.oes.sim.rejection.Rejections;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.InstantSource;
import java.util.Optional;

/**
 * Checks a request as Binance does: a known API key (-2015, HTTP 401), then for signed endpoints
 * the presence of {@code signature} and {@code timestamp} (-1102), the signature (-1022: the HMAC
 * of an HMAC key, the base64 Ed25519 signature of an Ed25519 key) and finally
 * that the timestamp is within {@code recvWindow} of the server clock and not more than 1000 ms
 * ahead of it (-1021).
 */
public final class RequestAuthenticator {
  /** The {@code recvWindow} Binance applies when the request sends none, in milliseconds. */
  public static final long DEFAULT_RECV_WINDOW_MILLIS = 5000;

  private static final long MAX_AHEAD_MILLIS = 1000;

  private final AccountRegistry accounts;
  private final InstantSource clock;

  public RequestAuthenticator(AccountRegistry accounts, InstantSource clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  /** For API-key endpoints (USER_STREAM, MARKET_DATA): the header only. */
  public AuthResult authenticateKey(SignedRequest request) {
    return request.apiKey().flatMap(accounts::byApiKey)
        .<AuthResult>map(AuthResult.Granted::new)
        .orElseGet(() -> new AuthResult.Refused(Rejections.invalidApiKey()));
  }

  /** For SIGNED endpoints (TRADE, USER_DATA): key, signature and timestamp. */
  public AuthResult authenticateSigned(SignedRequest request) {
    AuthResult keyResult = authenticateKey(request);
    if (!(keyResult instanceof AuthResult.Granted granted)) {
      return keyResult;
    }
    Optional<Rejection> refusal = checkSignature(request, granted.account())
        .or(() -> checkTimestamp(request));
    return refusal.<AuthResult>map(AuthResult.Refused::new).orElse(keyResult);
  }

  private Optional<Rejection> checkSignature(SignedRequest request, Account account) {
    Optional<String> signature = request.parameter().apply("signature");
    if (signature.isEmpty()) {
      return Optional.of(Rejections.mandatoryParameter("signature"));
    }
    if (request.parameter().apply("timestamp").isEmpty()) {
      return Optional.of(Rejections.mandatoryParameter("timestamp"));
    }
    byte[] payload = SignedPayload.of(request.rawQuery(), request.rawBody());
    Credentials credentials = account.credentials();
    boolean matches = credentials.ed25519Key()
        .map(key -> Ed25519Verifier.verifies(key, payload, signature.get()))
        .orElseGet(() -> MessageDigest.isEqual(
            HmacSigner.sign(credentials.secretKey(), payload)
                .getBytes(StandardCharsets.US_ASCII),
            signature.get().getBytes(StandardCharsets.US_ASCII)));
    return matches ? Optional.empty() : Optional.of(Rejections.badSignature());
  }

  /**
   * For a SIGNED request on a WebSocket session already logged on as {@code account}: no key or
   * signature, but the timestamp is still checked.
   */
  public AuthResult authenticateSession(Account account, SignedRequest request) {
    return checkTimestamp(request).<AuthResult>map(AuthResult.Refused::new)
        .orElseGet(() -> new AuthResult.Granted(account));
  }

  private Optional<Rejection> checkTimestamp(SignedRequest request) {
    Optional<Long> timestamp = request.parameter().apply("timestamp").flatMap(this::parseLong);
    if (timestamp.isEmpty()) {
      return Optional.of(Rejections.mandatoryParameter("timestamp"));
    }
    Optional<String> recvWindowText = request.parameter().apply("recvWindow");
    Optional<Long> recvWindow = recvWindowText.isPresent()
        ? recvWindowText.flatMap(this::parseLong) : Optional.of(DEFAULT_RECV_WINDOW_MILLIS);
    if (recvWindow.isEmpty() || recvWindow.get() <= 0) {
      return Optional.of(Rejections.mandatoryParameter("recvWindow"));
    }
    long serverTime = clock.millis();
    if (timestamp.get() >= serverTime + MAX_AHEAD_MILLIS) {
      return Optional.of(Rejections.timestampAheadOfServer());
    }
    if (serverTime - timestamp.get() > recvWindow.get()) {
      return Optional.of(Rejections.timestampOutsideRecvWindow());
    }
    return Optional.empty();
  }

  private Optional<Long> parseLong(String text) {
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
