package io.oes.binance.rest;

import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exchange's clock as seen from here: the local clock plus an offset measured with {@code
 * GET /fapi/v1/time}. Signed requests carry {@link #timestampMs()}, so a local clock that runs
 * ahead or behind does not get them refused with {@code -1021}.
 */
final class ServerClock {
  static final String TIME_PATH = "/fapi/v1/time";
  private static final Logger LOG = LoggerFactory.getLogger(ServerClock.class);

  private final InstantSource local;
  private final HttpTransport transport;
  private final AtomicReference<CompletableFuture<Void>> firstSync = new AtomicReference<>();
  private volatile long offsetMs;

  ServerClock(InstantSource local, HttpTransport transport) {
    this.local = local;
    this.transport = transport;
  }

  /** The exchange's current time in epoch milliseconds, as best known. */
  long timestampMs() {
    return local.millis() + offsetMs;
  }

  /** The exchange's clock reading at the local instant {@code localTime}. */
  long timestampMs(Instant localTime) {
    return localTime.toEpochMilli() + offsetMs;
  }

  long offsetMs() {
    return offsetMs;
  }

  /**
   * Completes once the first synchronisation has been tried. Never fails: without an offset a
   * request still goes out with the local time, and a {@code -1021} then triggers a resync. A
   * failed first attempt is tried again by the next caller.
   */
  CompletableFuture<Void> ready() {
    CompletableFuture<Void> existing = firstSync.get();
    if (existing != null) {
      return existing;
    }
    CompletableFuture<Void> attempt = new CompletableFuture<>();
    if (!firstSync.compareAndSet(null, attempt)) {
      return firstSync.get();
    }
    resync().whenComplete((ignored, failure) -> {
      if (failure != null) {
        firstSync.compareAndSet(attempt, null);
      }
      attempt.complete(null);
    });
    return attempt;
  }

  /** Measures the offset again; fails when the exchange cannot tell its time. */
  CompletableFuture<Void> resync() {
    long sentAtMs = local.millis();
    return transport.send(HttpVerb.GET, TIME_PATH, "")
        .thenAccept(response -> {
          long receivedAtMs = local.millis();
          if (response.status() != 200) {
            throw new BinanceResponseException("GET " + TIME_PATH, response);
          }
          long serverTimeMs = JsonBodies.serverTimeOf(response.body());
          // The server read its clock about half-way through the round trip.
          offsetMs = serverTimeMs - (sentAtMs + receivedAtMs) / 2;
          LOG.info("Exchange clock offset {} ms (round trip {} ms)", offsetMs,
              receivedAtMs - sentAtMs);
        })
        .whenComplete((ignored, failure) -> {
          if (failure != null) {
            LOG.warn("Exchange time sync failed: {}", failure.toString());
          }
        });
  }
}
