package io.oes.cli.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.cli.CliRun;
import io.oes.cli.TestGateway;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code oes watch} against a real gateway: live updates, replay, and its bounds. */
class WatchCommandTest {

  private static TestGateway gateway;

  @BeforeAll
  static void startGateway() {
    gateway = TestGateway.start();
  }

  @AfterAll
  static void stopGateway() {
    gateway.close();
  }

  private static CliRun oes(String... args) {
    return gateway.run(args);
  }

  private static CliRun restingBuy(String user, String clientOrderId) {
    return oes("order", "create", "--symbol", "BTCUSDT", "--side", "BUY", "-q", "0.01",
        "-p", "60000", "--user", user, "--client-order-id", clientOrderId, "--json");
  }

  // The stream is open once the gateway counts its subscriber; only then is an update "live".
  private static void awaitSubscribers(int count) {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest scrape = HttpRequest.newBuilder(
        URI.create("http://" + gateway.http() + "/metrics")).build();
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> http
        .send(scrape, HttpResponse.BodyHandlers.ofString()).body()
        .contains("order_execution_stream_subscribers " + count + ".0"));
  }

  @Test
  void watchPrintsLiveUpdatesOfTheChosenUserAndStopsAfterCount() throws Exception {
    CompletableFuture<CliRun> watch = CompletableFuture.supplyAsync(() -> oes("watch",
        "--user", "carol", "--symbol", "BTCUSDT", "--count", "2", "--duration-s", "20"));
    awaitSubscribers(1);
    assertThat(restingBuy("dave", "dave-1").exitCode()).isZero();
    assertThat(restingBuy("carol", "carol-1").exitCode()).isZero();
    oes("order", "cancel", "--client-order-id", "carol-1", "--user", "carol");

    CliRun watched = watch.get(30, TimeUnit.SECONDS);
    assertThat(watched.exitCode()).as(watched.err()).isZero();
    assertThat(watched.out().lines()).hasSize(2).allMatch(line -> line.startsWith("#"))
        .allMatch(line -> line.contains(" carol BTCUSDT BUY LIMIT "));
    assertThat(watched.out()).doesNotContain("dave");
  }

  @Test
  void watchFromASequenceReplaysPastUpdatesAsJsonLines() throws Exception {
    assertThat(restingBuy("erin", "erin-1").exitCode()).isZero();
    CliRun replayed = oes("watch", "--user", "erin", "--from-sequence", "0", "--count", "1",
        "--duration-s", "1");
    assertThat(replayed.exitCode()).isEqualTo(1);
    assertThat(replayed.err()).contains("DEADLINE_EXCEEDED: 0 of 1 updates");

    CliRun fromStart = oes("watch", "--user", "erin", "--from-sequence", "1", "--count", "1",
        "--duration-s", "10", "--json");
    assertThat(fromStart.exitCode()).as(fromStart.err()).isZero();
    assertThat(fromStart.out().lines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("{").contains("\"userId\":\"erin\"").contains("\"sequence\":"));
  }

  @Test
  void watchForADurationEndsQuietly() {
    CliRun quiet = oes("watch", "--user", "nobody", "--duration-s", "1");
    assertThat(quiet.exitCode()).isZero();
    assertThat(quiet.out()).isEmpty();
  }
}
