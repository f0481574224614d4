package io.oes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.oes.server.config.ConfigLoader;
import io.oes.server.config.OesConfig;
import io.oes.store.jdbc.JdbcOrderStore;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The exchange and the store start side by side; when one of them fails, the gateway does not
 * start and the other is closed again, whichever finished first.
 */
class GatewayStartFailureTest {

  @Test
  void aStoreThatCannotOpenStopsTheSimulatorStartedBesideIt() throws Exception {
    int simPort = RunningGateway.freePort();
    // a plain file where the store's folder should be: SQLite cannot create its database there
    Path notAFolder = Files.createTempFile("oes-not-a-folder", ".txt");
    OesConfig config = new ConfigLoader(Map.of("GRPC_PORT", "0", "HTTP_PORT", "0",
        "DATABASE_URL", "jdbc:sqlite:" + notAFolder + "/oes.db"))
        .parse("sim:\n  port: " + simPort + "\n");

    assertThatThrownBy(() -> Gateway.start(config, "test")).isInstanceOf(RuntimeException.class);

    assertThatThrownBy(() -> connect(simPort)).isInstanceOf(ConnectException.class);
  }

  @Test
  void aJournalThatCannotBeReadStopsStartUpSayingSo() throws Exception {
    Path folder = RunningGateway.temporaryFolder();
    JdbcOrderStore.sqlite(folder).close();
    try (Connection db = DriverManager.getConnection(
            "jdbc:sqlite:" + folder.resolve("oes.db"));
        Statement st = db.createStatement()) {
      st.execute("ALTER TABLE order_events RENAME TO order_events_damaged");
    }
    OesConfig config = new ConfigLoader(Map.of("GRPC_PORT", "0", "HTTP_PORT", "0",
        "DATABASE_URL", "jdbc:sqlite:" + folder + "/oes.db")).parse("");

    assertThatThrownBy(() -> Gateway.start(config, "test"))
        .hasMessageContaining("reading the journal failed").hasMessageContaining("order_events");
  }

  @Test
  void aVenueThatCannotBeReachedClosesTheStoreOpenedBesideIt() throws Exception {
    long writersBefore = storeWriters();
    int closedPort = RunningGateway.freePort();
    OesConfig config = new ConfigLoader(Map.of("GRPC_PORT", "0", "HTTP_PORT", "0",
        "DATABASE_URL", "jdbc:sqlite:" + RunningGateway.temporaryFolder() + "/oes.db")).parse("""
        exchange:
          mode: testnet
          base_url: http://127.0.0.1:%d
          ws_url: ws://127.0.0.1:%d
          accounts:
            - id: main
              api_key: key
              secret_key: secret
        """.formatted(closedPort, closedPort));

    assertThatThrownBy(() -> Gateway.start(config, "test"))
        .hasMessageContaining("cannot load the trading rules of account main");

    await().atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(storeWriters()).isLessThanOrEqualTo(writersBefore));
  }

  private static long storeWriters() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().equals("oes-store-writer") && thread.isAlive())
        .count();
  }

  private static void connect(int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
    }
  }
}
