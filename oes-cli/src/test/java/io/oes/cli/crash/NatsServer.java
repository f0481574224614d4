package io.oes.cli.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.StreamState;
import io.oes.testing.LocalServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A nats-server with JetStream of the run's own (the tests' shared {@link LocalServer}), and
 * what its stream holds at the end.
 */
final class NatsServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int NOT_FOUND = 404;

  private final LocalServer server;

  private NatsServer(LocalServer server) {
    this.server = server;
  }

  /** Starts it with its store and log under the run's {@code folder}, next to the others'. */
  static NatsServer start(Path folder) {
    return new NatsServer(LocalServer.natsJetStream(folder.resolve("jetstream"))
        .logTo(folder.resolve("nats-server.log")).start());
  }

  String url() {
    return server.url();
  }

  /**
   * Every message of {@code stream} as the event it carries (sequence, order, update type;
   * {@code fill} for the fills subject); empty when the stream was never created.
   */
  List<JournalEvent> events(String stream) {
    try {
      Connection connection = Nats.connect(url());
      try {
        return events(connection.jetStreamManagement(), stream);
      } finally {
        connection.close();
      }
    } catch (IOException | JetStreamApiException e) {
      throw new IllegalStateException("reading stream " + stream + " at " + url(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static List<JournalEvent> events(JetStreamManagement jsm, String stream)
    throws IOException, JetStreamApiException {
    StreamState state;
    try {
      state = jsm.getStreamInfo(stream).getStreamState();
    } catch (JetStreamApiException e) {
      if (e.getErrorCode() == NOT_FOUND) {
        return List.of();
      }
      throw e;
    }
    List<JournalEvent> events = new ArrayList<>();
    for (long seq = state.getFirstSequence(); seq <= state.getLastSequence(); seq++) {
      events.add(event(jsm.getMessage(stream, seq)));
    }
    return events;
  }

  private static JournalEvent event(MessageInfo message) throws IOException {
    JsonNode payload = JSON.readTree(message.getData());
    boolean fill = message.getSubject().startsWith("orders.fills.");
    String orderId = fill ? payload.path("order_id").asText()
        : payload.path("order").path("order_id").asText();
    return new JournalEvent(payload.path("sequence").asLong(), orderId,
        fill ? "FILL" : payload.path("update_type").asText(), fill);
  }

  @Override
  public void close() {
    server.close();
  }
}
