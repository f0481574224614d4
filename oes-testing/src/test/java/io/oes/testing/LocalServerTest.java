package io.oes.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the outage tests rely on: the same port after a restart, the store, the log. */
class LocalServerTest {

  @Test
  void aNatsServerComesBackOnTheSamePortAfterAStop() {
    try (LocalServer nats = LocalServer.nats()) {
      assertThat(Ports.accepting(nats.port())).isFalse();
      nats.start();
      assertThat(Ports.accepting(nats.port())).isTrue();

      nats.stop();
      assertThat(Ports.accepting(nats.port())).isFalse();
      nats.start();
      assertThat(Ports.accepting(nats.port())).isTrue();
      assertThat(nats.url()).isEqualTo("nats://127.0.0.1:" + nats.port());
    }
  }

  @Test
  void jetStreamKeepsItsFilesInTheStoreDirectoryAndItsOutputInTheLog(@TempDir Path dir)
      throws Exception {
    Path log = dir.resolve("nats-server.log");
    try (LocalServer nats = LocalServer.natsJetStream(dir.resolve("jetstream")).logTo(log)
        .start()) {
      assertThat(Ports.accepting(nats.port())).isTrue();
      assertThat(dir.resolve("jetstream")).isDirectory();
      assertThat(Files.readString(log)).contains("Starting JetStream");
    }
  }

  @Test
  void aRedisServerStopsAndStartsAgain() {
    try (LocalServer redis = LocalServer.redis().start()) {
      redis.stop();
      assertThat(Ports.accepting(redis.port())).isFalse();
      redis.start();
      assertThat(redis.address()).isEqualTo("127.0.0.1:" + redis.port());
      assertThat(Ports.accepting(redis.port())).isTrue();
    }
  }

  @Test
  void aServerThatExitsAtStartFailsWithTheEndOfItsLog(@TempDir Path dir) throws Exception {
    Path notADirectory = Files.createFile(dir.resolve("store"));
    try (LocalServer nats = LocalServer.natsJetStream(notADirectory)
        .logTo(dir.resolve("nats-server.log"))) {
      assertThatThrownBy(nats::start).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("did not start on port " + nats.port())
          .hasMessageContaining("storage directory is not a directory");
    }
  }
}
