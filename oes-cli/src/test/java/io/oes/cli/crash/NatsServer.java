package io.oes.cli.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.StreamState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A nats-server with JetStream of the run's own (same command line as the messaging tests'
 * runner), and what its stream holds at the end.
 */
final class NatsServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int NOT_FOUND = 404;

  private final int port;
  private final Process process;

  private NatsServer(int port, Process process) {
    this.port = port;
    this.process = process;
  }

  static NatsServer start(Path folder) {
    int port = ChildProcesses.freePort();
    Path log = folder.resolve("nats-server.log");
    Process process = ChildProcesses.start(List.of("/usr/sbin/nats-server", "-a", "127.0.0.1",
        "-p", String.valueOf(port), "-js", "-sd", folder.resolve("jetstream").toString()),
        folder, log);
    ChildProcesses.awaitPort(port, process, "nats-server", log);
    return new NatsServer(port, process);
  }

  String url() {
    return "nats://127.0.0.1:" + port;
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
    ChildProcesses.stop(process);
  }
}
