package io.oes.core.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.core.refusal.RefusalCode;
import io.oes.core.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keeping in step with the exchange: usage headers, 429 back-off, 418 ban, look-ahead. */
class RateLimiterSyncTest {
  /** 3.25 s into a minute, so window starts are visibly aligned to the clock, not to the start. */
  private static final Instant START = Instant.parse("2026-03-02T12:00:03.250Z");

  private final ManualClock clock = new ManualClock(START);
  private final RateLimiter limiter = new RateLimiter(RateLimits.BINANCE_USDM);

  private int grantAll(RequestCost cost, int times) {
    int granted = 0;
    for (int i = 0; i < times; i++) {
      granted += limiter.tryAcquire(cost, clock.instant()).isGranted() ? 1 : 0;
    }
    return granted;
  }

  private Permit.Refused refused(RequestCost cost) {
    Permit permit = limiter.tryAcquire(cost, clock.instant());
    assertThat(permit).isInstanceOf(Permit.Refused.class);
    return (Permit.Refused) permit;
  }

  @Test
  void higherExchangeCountsAreAdoptedAndLowerOnesIgnored() {
    grantAll(RequestCost.ofWeight(100), 5);
    limiter.syncWithExchange(2000, 290, 1000, clock.instant());
    limiter.syncWithExchange(10, 1, 1, clock.instant());

    RateLimitSnapshot usage = limiter.snapshot(clock.instant());
    assertThat(usage.usedWeight1m()).isEqualTo(2000);
    assertThat(usage.orderCount10s()).isEqualTo(290);
    assertThat(usage.orderCount1m()).isEqualTo(1000);
    assertThat(limiter.tryAcquire(RequestCost.ofWeight(161), clock.instant()).isGranted()).isFalse();
    assertThat(limiter.tryAcquire(RequestCost.ofWeight(160), clock.instant()).isGranted()).isTrue();
    assertThat(grantAll(RequestCost.newOrder(), 20)).isEqualTo(10);
  }

  @Test
  void countsReportedForAWindowThatHasRolledOverAreIgnored() {
    Instant lastMinute = clock.instant();
    clock.advance(Duration.ofMinutes(1));
    limiter.tryAcquire(RequestCost.ofWeight(5), clock.instant());

    limiter.syncWithExchange(2300, 0, 0, lastMinute);

    assertThat(limiter.snapshot(clock.instant()).usedWeight1m()).isEqualTo(5);
  }

  @Test
  void countsOfANewerWindowReplaceTheLocalOnes() {
    grantAll(RequestCost.ofWeight(100), 10);
    clock.advance(Duration.ofMinutes(1));

    limiter.syncWithExchange(7, 0, 0, clock.instant());

    assertThat(limiter.snapshot(clock.instant()).usedWeight1m()).isEqualTo(7);
  }

  @ParameterizedTest(name = "after HTTP {0} nothing is granted before the time, then all is")
  @CsvSource({"429, backing off after HTTP 429", "418, banned by the exchange (HTTP 418)"})
  void waitsOutA429OrA418(int status, String reason) {
    Instant until = clock.instant().plusSeconds(30);
    if (status == 429) {
      limiter.backOffUntil(until);
    } else {
      limiter.bannedUntil(until);
    }

    for (RequestCost cost : List.of(RequestCost.newOrder(), RequestCost.cancel(),
        RequestCost.ofWeight(1))) {
      Permit.Refused refusal = refused(cost);
      assertThat(refusal.retryAt()).isEqualTo(until);
      assertThat(refusal.reason()).isEqualTo(reason + " until " + until);
    }
    assertThat(limiter.snapshot(clock.instant()).banned()).isEqualTo(status == 418);
    clock.advance(Duration.parse("PT29.999S"));
    assertThat(limiter.tryAcquire(RequestCost.cancel(), clock.instant()).isGranted()).isFalse();
    clock.advance(Duration.ofMillis(1));
    assertThat(limiter.tryAcquire(RequestCost.cancel(), clock.instant()).isGranted()).isTrue();
    assertThat(limiter.snapshot(clock.instant()).bannedUntil()).isNull();
  }

  @Test
  void anEarlierBackOffNeverShortensALaterOne() {
    limiter.backOffUntil(clock.instant().plusSeconds(60));
    limiter.backOffUntil(clock.instant().plusSeconds(5));

    assertThat(refused(RequestCost.cancel()).retryAt()).isEqualTo(clock.instant().plusSeconds(60));
  }

  @Test
  void whenAvailableSaysNowWhenItFitsAndCountsNothing() {
    assertThat(limiter.whenAvailable(RequestCost.newOrder(), clock.instant()))
        .isEqualTo(clock.instant());
    assertThat(limiter.snapshot(clock.instant()).orderCount10s()).isZero();
  }

  @Test
  void whenAvailableLooksPastABackOffIntoAFullWindow() {
    grantAll(RequestCost.newOrder(), 1200 / 4);
    limiter.backOffUntil(Instant.parse("2026-03-02T12:00:05Z"));

    assertThat(limiter.whenAvailable(RequestCost.newOrder(), clock.instant()))
        .isEqualTo(Instant.parse("2026-03-02T12:00:10Z"));
  }

  @Test
  void previewAnswersLikeTryAcquireWithoutCounting() {
    grantAll(RequestCost.newOrder(), 299);

    assertThat(limiter.preview(RequestCost.newOrder(), clock.instant()).isGranted()).isTrue();
    assertThat(limiter.preview(RequestCost.newOrder(), clock.instant()).isGranted()).isTrue();
    grantAll(RequestCost.newOrder(), 1);
    assertThat(limiter.preview(RequestCost.newOrder(), clock.instant()))
        .isInstanceOfSatisfying(Permit.Refused.class, refused -> {
          assertThat(refused.toRefusal().code()).isEqualTo(RefusalCode.RESOURCE_EXHAUSTED);
          assertThat(refused.toRefusal().message()).isEqualTo(
              "rate limit: orders 300 + 1 exceed 300 per 10 s; retry after 2026-03-02T12:00:10Z");
        });
  }
}
