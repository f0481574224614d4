package io.oes.cli.crash;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.OrderServiceGrpc.OrderServiceBlockingStub;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A gRPC client of the gateway that does what SPEC §2 invites a client to do: a call that got no
 * answer (the connection broke, the gateway was down, the deadline passed) is sent again,
 * unchanged — the same {@code client_order_id}, the same order — until an answer comes.
 * Thread-safe.
 */
final class RetryingClient implements AutoCloseable {
  /** Statuses that tell the client nothing about the outcome: send again. */
  private static final Set<Status.Code> NO_ANSWER = EnumSet.of(Status.Code.UNAVAILABLE,
      Status.Code.DEADLINE_EXCEEDED, Status.Code.CANCELLED);
  /** grpc-java's status for a call whose connection died under it: no answer either. */
  private static final String CHANNEL_CLOSED = "channel closed";
  private static final long ATTEMPT_DEADLINE_MS = 10_000;
  private static final long PAUSE_MS = 100;

  private final List<ManagedChannel> channels;
  /** The instance called now; a call left unanswered moves on to the next. */
  private final AtomicInteger current = new AtomicInteger();

  /** @param ports the instances it may call, any of them: it tries the next when unanswered */
  RetryingClient(int... ports) {
    this.channels = Arrays.stream(ports).mapToObj(port -> NettyChannelBuilder
        .forAddress("127.0.0.1", port).usePlaintext().build()).toList();
  }

  /** One attempt, no retry: for the suite's own look-ups once the gateway is settled. */
  OrderServiceBlockingStub once() {
    return OrderServiceGrpc.newBlockingStub(channels.get(Math.floorMod(current.get(), channels.size())))
        .withDeadlineAfter(ATTEMPT_DEADLINE_MS, TimeUnit.MILLISECONDS);
  }

  /** Sends {@code rpc} until it is answered or {@code budgetMs} have passed. */
  <T> Answer<T> untilAnswered(Function<OrderServiceBlockingStub, T> rpc, long budgetMs) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMs);
    int attempts = 0;
    while (true) {
      attempts++;
      try {
        return Answer.of(rpc.apply(once()), attempts);
      } catch (StatusRuntimeException e) {
        if (!isNoAnswer(e.getStatus())) {
          return Answer.refused(e.getStatus(), attempts);
        }
        current.incrementAndGet();
      }
      if (System.nanoTime() > deadline) {
        return Answer.none(attempts);
      }
      ChildProcesses.pause(PAUSE_MS);
    }
  }

  /** After a restart: connect at once instead of after the channel's back-off. */
  void reconnectNow() {
    channels.forEach(ManagedChannel::resetConnectBackoff);
  }

  @Override
  public void close() {
    channels.forEach(ManagedChannel::shutdownNow);
    try {
      for (ManagedChannel channel : channels) {
        channel.awaitTermination(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean isNoAnswer(Status status) {
    return NO_ANSWER.contains(status.getCode())
        || (status.getCode() == Status.Code.UNKNOWN
            && CHANNEL_CLOSED.equals(status.getDescription()));
  }
}
