package io.oes.server.security;

import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;

/**
 * Answers a {@link CallRefused} thrown by a service method with its status; left to gRPC, an
 * exception would reach the client as UNKNOWN and be logged as a server bug.
 */
final class RefusalAnswering<Q, R> extends SimpleForwardingServerCallListener<Q> {

  private final ServerCall<Q, R> call;

  RefusalAnswering(ServerCall.Listener<Q> delegate, ServerCall<Q, R> call) {
    super(delegate);
    this.call = call;
  }

  @Override
  public void onMessage(Q message) {
    try {
      super.onMessage(message);
    } catch (CallRefused refused) {
      answer(refused);
    }
  }

  @Override
  public void onHalfClose() {
    try {
      super.onHalfClose();
    } catch (CallRefused refused) {
      answer(refused);
    }
  }

  @Override
  public void onReady() {
    try {
      super.onReady();
    } catch (CallRefused refused) {
      answer(refused);
    }
  }

  private void answer(CallRefused refused) {
    try {
      call.close(refused.getStatus(), new Metadata());
    } catch (IllegalStateException alreadyClosed) {
      // The service answered before it refused; the first answer stands.
    }
  }
}
