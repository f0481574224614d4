package io.oes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundStartTest {

  /** A part that counts how often it was closed. */
  private static final class Part implements AutoCloseable {
    final AtomicInteger closed = new AtomicInteger();

    @Override
    public void close() {
      closed.incrementAndGet();
    }
  }

  @Test
  void joinHandsOverWhatTheStartOpenedOnItsOwnThread() throws Exception {
    Part part = new Part();
    try (BackgroundStart<Part> start = BackgroundStart.begin("part", () -> {
      assertThat(Thread.currentThread().getName()).isEqualTo("start-part");
      return part;
    })) {
      assertThat(start.join()).isSameAs(part);
    }
  }

  @Test
  void joinRethrowsTheStartsOwnFailure() {
    BackgroundStart<Part> start = BackgroundStart.begin("part", () -> {
      throw new IllegalStateException("cannot reach the venue");
    });
    assertThatThrownBy(start::join).isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot reach the venue");
    start.close();
  }

  @Test
  void closingClosesThePartOnce() throws Exception {
    Part part = new Part();
    BackgroundStart<Part> start = BackgroundStart.begin("part", () -> part);
    start.join();
    start.close();
    assertThat(part.closed).hasValue(1);
  }

  @Test
  void closingWhileTheStartRunsWaitsForItAndClosesWhatItOpened() throws Exception {
    Part part = new Part();
    CountDownLatch release = new CountDownLatch(1);
    BackgroundStart<Part> start = BackgroundStart.begin("slow", () -> {
      release.await(10, TimeUnit.SECONDS);
      return part;
    });
    Thread.ofVirtual().start(() -> {
      sleepQuietly(100);
      release.countDown();
    });
    start.close();
    assertThat(part.closed).hasValue(1);
  }

  @Test
  void closingAfterAFailedStartHasNothingToClose() {
    BackgroundStart<Part> start = BackgroundStart.begin("part", () -> {
      throw new IllegalStateException("no");
    });
    start.close();
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
