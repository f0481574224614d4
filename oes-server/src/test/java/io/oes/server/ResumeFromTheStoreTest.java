package io.oes.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.oes.api.OrderUpdate;
import io.oes.api.StreamOrderUpdatesRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * StreamOrderUpdates resumes from the store's journal: after a restart, from further back than
 * the updates kept in memory, and never across a gap (a pruned journal is refused).
 */
class ResumeFromTheStoreTest {
  /** Keeps five updates in memory, so any longer resume needs the journal. */
  private static final String SMALL_MEMORY = "server:\n  stream_replay_window: 5\n";

  private final Path folder = RunningGateway.temporaryFolder();
  private final Map<String, String> env =
      Map.of("DATABASE_URL", "jdbc:sqlite:" + folder + "/oes.db");

  @Test
  void aSubscriberResumingAfterARestartGetsEveryUpdateSinceItsSequenceOnceThenLiveOnes()
      throws Exception {
    List<OrderUpdate> before;
    try (RunningGateway first = RunningGateway.start(env)) {
      before = placeAndWatch(first, "restarter", 4);
    }
    try (RunningGateway second = RunningGateway.start(env)) {
      UpdateCollector resumed = subscribe(second, "restarter", before.get(2).getSequence());

      assertThat(sequences(resumed.take(9))).isEqualTo(sequences(before.subList(3, 12)));
      second.placeAndCancel("restarter");
      List<OrderUpdate> live = resumed.take(3);
      assertThat(live).extracting(OrderUpdate::getUpdateType)
          .containsExactly("CREATED", "SUBMITTED", "CANCELED");
      assertThat(live.get(0).getSequence()).isGreaterThan(before.get(11).getSequence());
      assertThat(resumed.updates.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }
  }

  @Test
  void aSubscriberResumingFromFurtherBackThanMemoryIsServedFromTheJournalWithItsFilter()
      throws Exception {
    try (RunningGateway gateway = RunningGateway.start(env, SMALL_MEMORY)) {
      UpdateCollector watcher = subscribe(gateway, "", 0);
      watcher.awaitLive(gateway, "far-back");
      for (int i = 0; i < 4; i++) {
        gateway.placeAndCancel("far-back");
        gateway.placeAndCancel("someone-else");
      }
      List<OrderUpdate> all = watcher.take(24);
      List<OrderUpdate> mine = all.stream()
          .filter(u -> u.getOrder().getUserId().equals("far-back")).toList();

      UpdateCollector resumed = subscribe(gateway, "far-back", all.get(0).getSequence() - 1);

      assertThat(sequences(resumed.take(12))).isEqualTo(sequences(mine));
      gateway.placeAndCancel("someone-else");
      gateway.placeAndCancel("far-back");
      assertThat(resumed.take(3)).allMatch(u -> u.getOrder().getUserId().equals("far-back"));
      assertThat(resumed.updates.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }
  }

  @Test
  void aSequenceOlderThanTheJournalHoldsIsRefusedWithOutOfRangeNamingTheOldest()
      throws Exception {
    try (RunningGateway gateway = RunningGateway.start(env, SMALL_MEMORY)) {
      List<OrderUpdate> before = placeAndWatch(gateway, "pruned", 4);
      long oldestKept = before.get(6).getSequence();
      awaitCommitted(before.get(11).getSequence());
      execute("DELETE FROM order_events WHERE sequence < " + oldestKept);

      Status refused = subscribe(gateway, "pruned", before.get(0).getSequence()).awaitEnd();
      assertThat(refused.getCode()).isEqualTo(Status.Code.OUT_OF_RANGE);
      assertThat(refused.getDescription()).contains("oldest update held (sequence "
          + oldestKept + ")");

      UpdateCollector fromTheOldest = subscribe(gateway, "pruned", oldestKept - 1);
      assertThat(sequences(fromTheOldest.take(6))).isEqualTo(sequences(before.subList(6, 12)));
    }
  }

  @Test
  void aSequenceBeyondTheLastIsRefusedNamingTheLast() throws Exception {
    try (RunningGateway gateway = RunningGateway.start(env)) {
      List<OrderUpdate> before = placeAndWatch(gateway, "ahead", 1);
      long last = before.get(2).getSequence();

      Status refused = subscribe(gateway, "ahead", last + 1000).awaitEnd();

      assertThat(refused.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
      assertThat(refused.getDescription()).contains("from_sequence " + (last + 1000))
          .contains("beyond the last update (sequence " + last + ")");
    }
  }

  /** Places and cancels {@code orders} orders of {@code user}; their updates, as streamed. */
  private static List<OrderUpdate> placeAndWatch(RunningGateway gateway, String user, int orders)
      throws InterruptedException {
    UpdateCollector live = subscribe(gateway, user, 0);
    live.awaitLive(gateway, user);
    for (int i = 0; i < orders; i++) {
      gateway.placeAndCancel(user);
    }
    return live.take(3 * orders);
  }

  private static UpdateCollector subscribe(RunningGateway gateway, String user, long from) {
    return UpdateCollector.subscribe(gateway.channel, StreamOrderUpdatesRequest.newBuilder()
        .setUserId(user).setFromSequence(from).build());
  }

  private static List<Long> sequences(List<OrderUpdate> updates) {
    return updates.stream().map(OrderUpdate::getSequence).toList();
  }

  private void awaitCommitted(long sequence) {
    Awaitility.await().atMost(Duration.ofSeconds(10))
        .until(() -> lastJournaled() >= sequence);
  }

  private long lastJournaled() throws Exception {
    try (Connection db = database(); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT MAX(sequence) FROM order_events")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void execute(String sql) throws Exception {
    try (Connection db = database(); Statement st = db.createStatement()) {
      st.execute(sql);
    }
  }

  /** The gateway's own SQLite database, opened beside it in this process. */
  private Connection database() throws Exception {
    return DriverManager.getConnection("jdbc:sqlite:" + folder.toAbsolutePath().resolve("oes.db"));
  }
}
