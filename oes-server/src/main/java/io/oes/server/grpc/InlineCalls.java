package io.oes.server.grpc;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallExecutorSupplier;
import io.oes.api.OrderServiceGrpc;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Which calls run on the transport's own thread instead of being handed to the gRPC executor
 * first: those whose whole handling, the authentication included, only enqueues work and never
 * blocks. A CreateOrder is decoded, checked and given to its account's writer; handing it to a
 * pool thread in between would add one thread wake-up to every order's path. Every other call
 * (reads that may query the store, cancels that may look an order up) keeps the executor.
 */
final class InlineCalls implements ServerCallExecutorSupplier {
  private static final Executor ON_TRANSPORT_THREAD = Runnable::run;
  private static final Set<String> NEVER_BLOCKING =
      Set.of(OrderServiceGrpc.getCreateOrderMethod().getFullMethodName());

  @Override
  public <ReqT, RespT> Executor getExecutor(ServerCall<ReqT, RespT> call, Metadata headers) {
    return NEVER_BLOCKING.contains(call.getMethodDescriptor().getFullMethodName())
        ? ON_TRANSPORT_THREAD : null;
  }
}
