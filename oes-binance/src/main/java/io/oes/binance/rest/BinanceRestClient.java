package io.oes.binance.rest;

import io.oes.binance.signing.BinanceSigner;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Binance USD-M Futures REST client of one account. Every call returns at once; the future
 * completes with the exchange's answer on the JDK's asynchronous completion pool (dependent
 * stages must not block), or exceptionally only when no answer arrived (timeout, connection
 * error).
 *
 * <p>Signed requests carry {@code recvWindow}, a {@code timestamp} on the exchange's clock and
 * the {@code signature} last. The first signed request waits for one server-time sync. A
 * {@code -1021} answer (timestamp refused, so the request was never executed) resyncs the clock
 * and sends the request once more with a fresh timestamp and signature.
 *
 * <p>A request may instead carry a fixed local time ({@link #sendSigned(HttpVerb, String,
 * RequestParams, Instant)}), converted to the exchange's clock at each send: the exchange then
 * accepts it only until that time plus {@code recvWindow}, however late or often it is sent.
 *
 * <p>Thread-safe.
 */
public final class BinanceRestClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BinanceRestClient.class);

  private final HttpTransport transport;
  private final ServerClock serverClock;
  private final BinanceSigner signer;
  private final long recvWindowMs;

  public BinanceRestClient(BinanceClientConfig config) {
    this.transport = new HttpTransport(config);
    this.serverClock = new ServerClock(config.clock(), transport);
    this.signer = new BinanceSigner(config.credentials());
    this.recvWindowMs = config.recvWindowMs();
  }

  /** An unsigned request (public market data, exchange info); the API key header is sent. */
  public CompletableFuture<RestResponse> send(HttpVerb verb, String path, RequestParams params) {
    return CompletableFuture.completedFuture(params.encoded())
        .thenCompose(encoded -> transport.send(verb, path, encoded));
  }

  /** A SIGNED request (TRADE, USER_DATA), retried once after resync on {@code -1021}. */
  public CompletableFuture<RestResponse> sendSigned(
      HttpVerb verb, String path, RequestParams params) {
    return sendSigned(verb, path, params, null);
  }

  /**
   * A SIGNED request whose {@code timestamp} is the local instant {@code requestTime} on the
   * exchange's clock (now when null), so the exchange refuses it once {@code requestTime +
   * recvWindow} has passed; retried once after resync on {@code -1021}, with the same time.
   */
  public CompletableFuture<RestResponse> sendSigned(
      HttpVerb verb, String path, RequestParams params, Instant requestTime) {
    String encoded = params.encoded();
    return serverClock.ready()
        .thenCompose(ready -> signAndSend(verb, path, encoded, requestTime))
        .thenCompose(response -> response.isTimestampRejection()
            ? resyncAndResend(verb, path, encoded, requestTime, response)
            : CompletableFuture.completedFuture(response));
  }

  /** Measures the exchange's clock offset now; fails when the exchange does not answer. */
  public CompletableFuture<Void> syncServerTime() {
    return serverClock.resync();
  }

  /**
   * Starts the first server-time sync now unless it ran already, so that the first signed
   * request need not wait for it. Completes once it was tried; never fails.
   */
  public CompletableFuture<Void> prepareSigning() {
    return serverClock.ready();
  }

  /**
   * The exchange-clock timestamp a signed request of {@code requestTime} (now when null)
   * carries, once the clock has been synchronised, for requests signed elsewhere.
   */
  public CompletableFuture<Long> exchangeTimestampMs(Instant requestTime) {
    return serverClock.ready().thenApply(ready -> requestTime == null
        ? serverClock.timestampMs() : serverClock.timestampMs(requestTime));
  }

  /** The measured offset of the exchange's clock to the local one, in milliseconds. */
  public long serverTimeOffsetMs() {
    return serverClock.offsetMs();
  }

  /** The latest usage the exchange reported; never null. */
  public RateLimitUsage rateLimitUsage() {
    return transport.usage();
  }

  private CompletableFuture<RestResponse> resyncAndResend(
      HttpVerb verb, String path, String encoded, Instant requestTime, RestResponse refused) {
    LOG.warn("{} {} refused for its timestamp (offset {} ms); resyncing and resending once",
        verb, path, serverClock.offsetMs());
    return serverClock.resync()
        .handle((ignored, failure) -> failure == null)
        .thenCompose(synced -> synced
            ? signAndSend(verb, path, encoded, requestTime)
            : CompletableFuture.completedFuture(refused));
  }

  private CompletableFuture<RestResponse> signAndSend(HttpVerb verb, String path, String encoded,
      Instant requestTime) {
    StringBuilder payload = new StringBuilder(encoded.length() + 128).append(encoded);
    if (!encoded.isEmpty()) {
      payload.append('&');
    }
    payload.append("recvWindow=").append(recvWindowMs)
        .append("&timestamp=").append(requestTime == null ? serverClock.timestampMs()
            : serverClock.timestampMs(requestTime));
    String signature = signer.sign(payload.toString());
    payload.append("&signature=").append(signature);
    return transport.send(verb, path, payload.toString());
  }

  @Override
  public void close() {
    transport.close();
  }
}
