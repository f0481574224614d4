package io.oes.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.api.OrderUpdate;
import io.oes.api.StreamOrderUpdatesRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * StreamOrderUpdates as subscribers meet it: resume without gaps, filters, many at once. (How a
 * slow subscriber is dropped is tested on {@link io.oes.server.grpc.UpdateStream} itself.)
 */
class StreamOrderUpdatesTest {
  private static RunningGateway running;

  @BeforeAll
  static void start() {
    running = RunningGateway.start(Map.of());
  }

  @AfterAll
  static void stop() throws Exception {
    running.close();
  }

  private static UpdateCollector subscribe(StreamOrderUpdatesRequest request) {
    return UpdateCollector.subscribe(running.channel, request);
  }

  private static void placeAndCancel(String user) {
    running.placeAndCancel(user);
  }

  private static void awaitLive(UpdateCollector collector, String user)
      throws InterruptedException {
    collector.awaitLive(running, user);
  }

  @Test
  void aResumingSubscriberGetsEveryUpdateAfterItsSequenceExactlyOnce() throws Exception {
    UpdateCollector first = subscribe(StreamOrderUpdatesRequest.newBuilder().setUserId("resumer")
        .build());
    awaitLive(first, "resumer");
    for (int i = 0; i < 5; i++) {
      placeAndCancel("resumer");
    }
    List<OrderUpdate> seen = first.take(15);
    long resumeAfter = seen.get(6).getSequence();

    UpdateCollector resumed = subscribe(StreamOrderUpdatesRequest.newBuilder()
        .setUserId("resumer").setFromSequence(resumeAfter).build());
    List<OrderUpdate> replayed = resumed.take(8);
    assertThat(replayed).extracting(OrderUpdate::getSequence)
        .containsExactlyElementsOf(seen.subList(7, 15).stream().map(OrderUpdate::getSequence)
            .toList());
    assertThat(resumed.updates.poll(300, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void sequencesIncreaseAndFiltersKeepOtherUsersOut() throws Exception {
    UpdateCollector mine = subscribe(StreamOrderUpdatesRequest.newBuilder().setUserId("filtered")
        .addSymbols("BTCUSDT").build());
    awaitLive(mine, "filtered");
    placeAndCancel("someone-else");
    placeAndCancel("filtered");
    List<OrderUpdate> got = mine.take(3);
    assertThat(got).allMatch(u -> u.getOrder().getUserId().equals("filtered"));
    assertThat(got).extracting(OrderUpdate::getUpdateType)
        .containsExactly("CREATED", "SUBMITTED", "CANCELED");
    assertThat(got.get(1).getSequence()).isGreaterThan(got.get(0).getSequence());
    assertThat(got.get(2).getSequence()).isGreaterThan(got.get(1).getSequence());
  }

  @Test
  void manySubscribersSeeTheSameUpdatesInTheSameOrder() throws Exception {
    List<UpdateCollector> subscribers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      subscribers.add(subscribe(StreamOrderUpdatesRequest.newBuilder().setUserId("crowd").build()));
    }
    for (UpdateCollector c : subscribers) {
      awaitLive(c, "crowd");
    }
    for (UpdateCollector c : subscribers) {
      c.updates.clear();
    }
    for (int i = 0; i < 3; i++) {
      placeAndCancel("crowd");
    }
    List<Long> reference = subscribers.get(0).take(9).stream().map(OrderUpdate::getSequence).toList();
    for (UpdateCollector c : subscribers.subList(1, subscribers.size())) {
      assertThat(c.take(9)).extracting(OrderUpdate::getSequence).isEqualTo(reference);
    }
  }
}
