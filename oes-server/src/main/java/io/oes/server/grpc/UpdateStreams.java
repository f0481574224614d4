package io.oes.server.grpc;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.oes.api.OrderUpdate;
import io.oes.api.StreamOrderUpdatesRequest;
import io.oes.core.feed.FeedResume;
import io.oes.core.feed.JournalGapException;
import io.oes.core.feed.OrderEvent;
import io.oes.core.feed.OrderFeed;
import io.oes.server.security.Ownership;
import io.oes.server.security.StreamQuota;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * StreamOrderUpdates: checks where the subscriber wants to resume, replays what it missed (from
 * the store's journal and the feed's memory, on a thread of its own) and then follows the live
 * feed. The user and symbol filters, and who may see whose orders, apply to replayed and live
 * updates alike.
 */
public final class UpdateStreams {
  private static final Logger LOG = LoggerFactory.getLogger(UpdateStreams.class);

  private final OrderFeed feed;
  private final FeedResume resume;
  private final ExecutorService executor;
  private final int capacity;
  private final StreamQuota quota;
  private final LongFunction<CompletableFuture<Void>> committed;

  /**
   * @param executor runs the writes and the resumes; resumes block, so virtual threads
   * @param capacity updates a live subscriber may fall behind before it is cut off
   * @param quota how many update streams one principal may hold open at once
   * @param committed completes once the event of a sequence is committed: no update is sent
   *     before (the store's {@code whenCommitted})
   */
  public UpdateStreams(OrderFeed feed, FeedResume resume, ExecutorService executor, int capacity,
      StreamQuota quota, LongFunction<CompletableFuture<Void>> committed) {
    this.committed = committed;
    this.feed = feed;
    this.resume = resume;
    this.executor = executor;
    this.capacity = capacity;
    this.quota = quota;
  }

  /** Serves one StreamOrderUpdates call; returns at once. */
  public void open(StreamOrderUpdatesRequest request, StreamObserver<OrderUpdate> out) {
    long from = request.getFromSequence();
    Optional<Status> refusal = checkResumePoint(from, feed.lastSequence());
    if (refusal.isPresent()) {
      out.onError(refusal.get().asRuntimeException());
      return;
    }
    Ownership ownership = Ownership.ofCaller();
    String user = ownership.streamUserFilter(request.getUserId());
    Runnable release = quota.acquire(ownership.principal());
    ServerCallStreamObserver<OrderUpdate> observer = (ServerCallStreamObserver<OrderUpdate>) out;
    UpdateStream[] self = new UpdateStream[1];
    self[0] = new UpdateStream(observer, filterOf(user, request), capacity,
        from == 0 ? feed.lastSequence() : from, executor, () -> {
          feed.unsubscribe(self[0]);
          release.run();
        }, committed);
    if (from == 0) {
      feed.subscribe(self[0]);
    } else {
      executor.execute(() -> replay(self[0], from));
    }
  }

  /**
   * Why a subscriber cannot resume after {@code from}: it is negative, or beyond the last update
   * (it never saw such a sequence from this service). Whether it is older than anything still
   * held is the resume's first question, off the gRPC thread (it reads the store).
   */
  private static Optional<Status> checkResumePoint(long from, long last) {
    if (from < 0) {
      return Optional.of(Status.INVALID_ARGUMENT.withDescription("from_sequence " + from
          + " must not be negative"));
    }
    if (from > last) {
      return Optional.of(Status.INVALID_ARGUMENT.withDescription("from_sequence " + from
          + " is beyond the last update (sequence " + last + "); resume with from_sequence "
          + last + " or less, or 0 for live updates only"));
    }
    return Optional.empty();
  }

  /** Runs one resume to the live feed; ends the stream if it cannot be served. */
  private void replay(UpdateStream stream, long from) {
    try {
      if (resume.resume(stream, from) && stream.isGone()) {
        feed.unsubscribe(stream); // it went away during the hand-over
      }
    } catch (JournalGapException e) {
      stream.fail(Status.OUT_OF_RANGE.withDescription(e.getMessage()), false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stream.fail(Status.UNAVAILABLE.withDescription("the gateway is shutting down"), true);
    } catch (RuntimeException e) {
      LOG.warn("Resuming a subscriber after sequence {} failed: {}", from, e.getMessage());
      stream.fail(Status.UNAVAILABLE.withDescription("reading past updates failed: "
          + e.getMessage()), true);
    }
  }

  private static Predicate<OrderEvent> filterOf(String user, StreamOrderUpdatesRequest request) {
    Set<String> symbols = Set.copyOf(request.getSymbolsList());
    return event -> (user.isEmpty() || user.equals(event.order().userId()))
        && (symbols.isEmpty() || symbols.contains(event.order().symbol()));
  }
}
