package io.oes.messaging.nats;

import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.ErrorListener;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection of oes to NATS: the publisher's, or order entry's. The first connect is retried
 * until it succeeds (NATS may start after oes); from then on the client reconnects by itself,
 * forever, and subscriptions are renewed with it. {@link #await} is called by one owning thread;
 * {@link #connected()} from any thread.
 */
final class NatsLink implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NatsLink.class);

  private final Options options;
  private final Duration retryWait;
  private volatile Connection connection;
  private volatile boolean closed;
  private final AtomicBoolean down = new AtomicBoolean();
  /** Completes when the first connection is up; never fails (attempts go on). */
  private final CompletableFuture<Connection> firstConnection = new CompletableFuture<>();
  private final String whileDown;
  private final String onReconnect;

  /** The publisher's connection. */
  NatsLink(NatsPublisherOptions settings) {
    this(settings.url(), settings.reconnectWait(), "oes",
        "events wait in the journal, reconnecting", "publishing from the journal");
  }

  /**
   * @param servers {@code nats://host:port}, comma-separated for several
   * @param connectionName how the server lists the connection
   * @param whileDown what the log says happens meanwhile when the connection is lost
   * @param onReconnect what the log says resumes once it is back
   */
  NatsLink(String servers, Duration reconnectWait, String connectionName, String whileDown,
      String onReconnect) {
    this.retryWait = reconnectWait;
    this.whileDown = whileDown;
    this.onReconnect = onReconnect;
    this.options = Options.builder()
        .servers(servers.split(","))
        .connectionName(connectionName)
        .maxReconnects(-1)
        .reconnectWait(reconnectWait)
        // nothing is held for after a reconnect: the journal is the buffer, and a held message
        // sent later would arrive behind ones lost with the connection, out of order (a reply
        // held that long would find its requester gone)
        .reconnectBufferSize(0)
        .connectionTimeout(Duration.ofSeconds(2))
        .connectionListener(this::onConnectionEvent)
        .errorListener(new QuietErrors())
        .build();
  }

  /** The connection, connecting first if there never was one; null once closed. */
  Connection await() throws InterruptedException {
    while (connection == null && !closed) {
      try {
        connection = Nats.connect(options);
        firstConnection.complete(connection);
      } catch (IOException e) {
        Thread.sleep(retryWait.toMillis());
      }
    }
    return closed ? null : connection;
  }

  /** Drops {@code stale} (if still current) so the next {@link #await} connects afresh. */
  void renew(Connection stale) {
    if (connection == stale) {
      connection = null;
      try {
        stale.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Completes with the first connection once it is up. Any thread. */
  CompletableFuture<Connection> firstConnection() {
    return firstConnection;
  }

  boolean connected() {
    Connection open = connection;
    return open != null && open.getStatus() == Connection.Status.CONNECTED;
  }

  /** The connection's state in words, for health. */
  String status() {
    Connection open = connection;
    return open == null ? "never connected" : open.getStatus().name().toLowerCase();
  }

  @Override
  public void close() {
    closed = true;
    Connection open = connection;
    if (open != null) {
      try {
        open.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Logs a lost connection once, not on every failed reconnect attempt. */
  private void onConnectionEvent(Connection connection, ConnectionListener.Events event) {
    switch (event) {
      case DISCONNECTED -> {
        if (down.compareAndSet(false, true)) {
          LOG.warn("NATS disconnected; {}", whileDown);
        }
      }
      case RECONNECTED -> {
        down.set(false);
        LOG.info("NATS reconnected; {}", onReconnect);
      }
      case CONNECTED -> LOG.info("NATS connected");
      default -> LOG.debug("NATS connection event {}", event);
    }
  }

  /** The client's own error reports, which repeat on every reconnect attempt: debug only. */
  private static final class QuietErrors implements ErrorListener {
    @Override
    public void errorOccurred(Connection conn, String error) {
      LOG.debug("NATS error: {}", error);
    }

    @Override
    public void exceptionOccurred(Connection conn, Exception exp) {
      LOG.debug("NATS exception: {}", exp.toString());
    }
  }
}
