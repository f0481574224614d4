package io.oes.server.warmup;

import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.oes.api.CancelOrderRequest;
import io.oes.api.CreateOrderRequest;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.OrderSide;
import io.oes.api.OrderType;
import io.oes.api.TimeInForce;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The orders of a training run, sent as a client would over gRPC to a scratch gateway on
 * loopback (whose exchange is a simulator of its own): resting LIMIT buys far below the market,
 * each cancelled, and now and then a MARKET buy and sell, so fills take their path too. A
 * refused or failed order is counted and the run goes on: training only needs the code run.
 */
public final class TrainingOrders {
  /** Every {@code MARKET_EVERY}th round is a MARKET buy and sell instead of a resting order. */
  private static final int MARKET_EVERY = 8;
  private static final long CALL_TIMEOUT_MS = 5_000;

  private TrainingOrders() {}

  /** What a run did. */
  public record Outcome(int rounds, int failed) {}

  /**
   * Sends {@code rounds} rounds with {@code callers} calls in flight to the gateway at {@code
   * port} on loopback, until done or {@code deadlineNanos} ({@link System#nanoTime()}).
   */
  public static Outcome send(int port, int rounds, int callers, long deadlineNanos)
      throws InterruptedException {
    ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext()
        .build();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicLong done = new AtomicLong();
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> workers = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        workers.add(threads.submit(() -> {
          int round;
          while ((round = next.getAndIncrement()) < rounds && System.nanoTime() < deadlineNanos) {
            if (!round(channel, round)) {
              failed.incrementAndGet();
            }
            done.incrementAndGet();
          }
        }));
      }
      for (Future<?> worker : workers) {
        try {
          worker.get();
        } catch (ExecutionException e) {
          failed.incrementAndGet();
        }
      }
    } finally {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
    return new Outcome((int) done.get(), failed.get());
  }

  private static boolean round(ManagedChannel channel, int round) {
    var orders = OrderServiceGrpc.newBlockingStub(channel)
        .withDeadlineAfter(CALL_TIMEOUT_MS, TimeUnit.MILLISECONDS);
    String clientId = ScratchOrders.NAME + "-" + round;
    try {
      if (round % MARKET_EVERY == MARKET_EVERY - 1) {
        orders.createOrder(market(OrderSide.BUY, clientId + "-b"));
        orders.createOrder(market(OrderSide.SELL, clientId + "-s"));
        return true;
      }
      String orderId = orders.createOrder(CreateOrderRequest.newBuilder().setSymbol("BTCUSDT")
          .setSide(OrderSide.BUY).setType(OrderType.LIMIT).setTimeInForce(TimeInForce.GTC)
          .setQuantity(0.002).setPrice(60000).setUserId(ScratchOrders.NAME)
          .setClientOrderId(clientId).build()).getOrderId();
      orders.cancelOrder(CancelOrderRequest.newBuilder().setOrderId(orderId)
          .setSymbol("BTCUSDT").build());
      return true;
    } catch (StatusRuntimeException e) {
      return false;
    }
  }

  private static CreateOrderRequest market(OrderSide side, String clientId) {
    return CreateOrderRequest.newBuilder().setSymbol("BTCUSDT").setSide(side)
        .setType(OrderType.MARKET).setQuantity(0.002).setUserId(ScratchOrders.NAME)
        .setClientOrderId(clientId).build();
  }
}
