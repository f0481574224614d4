package io.oes.server.health;

import static io.oes.server.health.HealthStatus.DEGRADED;
import static io.oes.server.health.HealthStatus.HEALTHY;
import static io.oes.server.health.HealthStatus.UNHEALTHY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HealthServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00.123Z");

  private final HealthService health =
      new HealthService(InstantSource.fixed(NOW), Duration.ofSeconds(2));
  private final CountDownLatch never = new CountDownLatch(1);

  @AfterEach
  void stop() {
    never.countDown();
    health.close();
  }

  static Stream<Arguments> aggregation() {
    return Stream.of(
        Arguments.of("no checks at all", null, null, HEALTHY),
        Arguments.of("everything healthy", HEALTHY, HEALTHY, HEALTHY),
        Arguments.of("a critical check degraded", DEGRADED, HEALTHY, DEGRADED),
        Arguments.of("a critical check unhealthy", UNHEALTHY, HEALTHY, UNHEALTHY),
        Arguments.of("a non-critical check degraded", HEALTHY, DEGRADED, DEGRADED),
        Arguments.of("a non-critical check unhealthy", HEALTHY, UNHEALTHY, DEGRADED),
        Arguments.of("both unhealthy", UNHEALTHY, UNHEALTHY, UNHEALTHY));
  }

  @ParameterizedTest(name = "{0} → {3}")
  @MethodSource("aggregation")
  void aggregatesByCriticality(
      String name, HealthStatus critical, HealthStatus nonCritical, HealthStatus expected) {
    if (critical != null) {
      health.register(new FixedCheck("store", new CheckResult(critical, "")), Criticality.CRITICAL);
    }
    if (nonCritical != null) {
      health.register(
          new FixedCheck("cache", new CheckResult(nonCritical, "")), Criticality.NON_CRITICAL);
    }

    assertThat(health.report().status()).isEqualTo(expected);
  }

  @Test
  void reportsEachCheckWithItsMessageAndDurationInOrder() {
    health.register(
        new FixedCheck("store", CheckResult.healthy("3 ms ping")), Criticality.CRITICAL);
    health.register(
        new FixedCheck("cache", CheckResult.degraded("redis down")), Criticality.NON_CRITICAL);

    HealthReport report = health.report();

    assertThat(report.timestamp()).isEqualTo(NOW);
    assertThat(report.checks())
        .extracting(CheckReport::name, CheckReport::status, CheckReport::message)
        .containsExactly(
            tuple("store", HEALTHY, "3 ms ping"),
            tuple("cache", DEGRADED, "redis down"));
    assertThat(report.checks()).allSatisfy(c -> assertThat(c.durationMs()).isNotNegative());
  }

  @Test
  void aCheckThatThrowsIsUnhealthyWithTheReason() {
    health.register(
        throwing("exchange", new IllegalStateException("circuit open")), Criticality.CRITICAL);

    CheckReport report = health.report().checks().get(0);

    assertThat(report.status()).isEqualTo(UNHEALTHY);
    assertThat(report.message()).isEqualTo("check failed: IllegalStateException: circuit open");
  }

  @Test
  void aCheckThatHangsIsUnhealthyAfterItsTimeLimitAndDoesNotHoldUpTheOthers() {
    health.register(hanging("events"), Criticality.NON_CRITICAL, Duration.ofMillis(100));
    health.register(new FixedCheck("store", CheckResult.healthy("ok")), Criticality.CRITICAL);

    long start = System.nanoTime();
    HealthReport report = health.report();
    long tookMs = Duration.ofNanos(System.nanoTime() - start).toMillis();

    CheckReport events = report.checks().get(0);
    assertThat(events.status()).isEqualTo(UNHEALTHY);
    assertThat(events.message()).isEqualTo("check timed out after 100 ms");
    assertThat(events.durationMs()).isGreaterThanOrEqualTo(100);
    assertThat(report.status()).isEqualTo(DEGRADED);
    assertThat(tookMs).isLessThan(1_500);
  }

  @Test
  void aCheckThatReturnsNothingIsUnhealthy() {
    health.register(new FixedCheck("store", null), Criticality.CRITICAL);

    assertThat(health.report().checks().get(0).message()).isEqualTo("check returned no result");
  }

  @Test
  void isNotReadyUntilTheWiringSaysSo() {
    health.register(new FixedCheck("store", CheckResult.healthy("")), Criticality.CRITICAL);

    assertThat(health.isReady()).isFalse();
    health.setReady(true);
    assertThat(health.isReady()).isTrue();
    health.setReady(false);
    assertThat(health.isReady()).isFalse();
  }

  @Test
  void isNotReadyWhileUnhealthyButReadyWhileDegraded() {
    FixedCheck store = new FixedCheck("store", CheckResult.unhealthy("no connection"));
    health.register(store, Criticality.CRITICAL).setReady(true);

    assertThat(health.isReady()).isFalse();
    store.answer(CheckResult.degraded("slow"));
    assertThat(health.isReady()).isTrue();
  }

  private static HealthCheck throwing(String name, RuntimeException failure) {
    return new HealthCheck() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public CheckResult check() {
        throw failure;
      }
    };
  }

  private HealthCheck hanging(String name) {
    return new HealthCheck() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public CheckResult check() {
        try {
          never.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return CheckResult.healthy("too late");
      }
    };
  }
}
