package io.oes.messaging.nats;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.oes.messaging.health.ComponentHealth;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers requests on NATS subjects, as a member of a queue group so that several instances
 * share the subjects (each request goes to one of them). Connects in the background, so the
 * gateway starts while NATS is down; once connected, the client reconnects by itself and renews
 * the subscriptions.
 *
 * <p>Handlers run on the connection's dispatcher thread, one request after another: they must
 * not block, but hand the work off and {@linkplain NatsRequest#reply reply} from wherever it
 * completes.
 */
public final class NatsResponder implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NatsResponder.class);

  private final NatsLink link;
  private final String queueGroup;
  private final Map<String, Consumer<NatsRequest>> handlers;
  private final Thread connecting;
  private final CountDownLatch firstSubscription = new CountDownLatch(1);
  private volatile boolean subscribed;

  private NatsResponder(NatsLink link, String queueGroup,
      Map<String, Consumer<NatsRequest>> handlers) {
    this.link = link;
    this.queueGroup = queueGroup;
    this.handlers = Map.copyOf(handlers);
    this.connecting = Thread.ofVirtual().name("nats-responder").unstarted(this::subscribe);
  }

  /**
   * Starts answering.
   *
   * @param servers {@code nats://host:port}, comma-separated for several
   * @param reconnectWait pause between connection attempts, forever
   * @param queueGroup the queue group every subscription joins
   * @param handlers the handler of each subject
   */
  public static NatsResponder start(String servers, Duration reconnectWait, String queueGroup,
      Map<String, Consumer<NatsRequest>> handlers) {
    NatsResponder responder = new NatsResponder(new NatsLink(servers, reconnectWait,
        "oes-order-entry", "order requests wait for the connection, reconnecting",
        "answering order requests again"), queueGroup, handlers);
    responder.connecting.start();
    return responder;
  }

  private void subscribe() {
    try {
      Connection connection = link.await();
      if (connection == null) {
        return;
      }
      Dispatcher dispatcher = connection.createDispatcher();
      handlers.forEach((subject, handler) -> dispatcher.subscribe(subject, queueGroup,
          message -> handler.accept(new NatsRequest(connection, message))));
      subscribed = true;
      firstSubscription.countDown();
      LOG.info("Answering {} on NATS (queue group {})", handlers.keySet(), queueGroup);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.error("Subscribing to {} failed: {}", handlers.keySet(), e.toString());
    }
  }

  /**
   * Waits up to {@code timeout} for the subscriptions, so that a server that is up is answered
   * from the moment the caller goes on; one that is down is subscribed to whenever it comes.
   *
   * @return whether they are in place
   */
  public boolean awaitAnswering(Duration timeout) throws InterruptedException {
    return firstSubscription.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && answering();
  }

  /** Whether the subscriptions are in place on a connected connection. */
  public boolean answering() {
    return subscribed && link.connected();
  }

  /** Up while connected and subscribed; never names a password. */
  public ComponentHealth health() {
    boolean up = answering();
    String message = "nats " + link.status() + (subscribed ? ", subscribed to " : ", not yet "
        + "subscribed to ") + String.join(", ", handlers.keySet().stream().sorted().toList());
    return new ComponentHealth("nats", up, 0, 0, 0, message);
  }

  /** Stops answering: the subscriptions end with the connection. */
  @Override
  public void close() {
    link.close();
    connecting.interrupt();
  }
}
