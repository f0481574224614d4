package io.oes.server.security;

import com.google.protobuf.Message;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.util.Optional;

/**
 * Refuses, with INVALID_ARGUMENT, any request that breaks {@link InputLimits}; the service never
 * sees it. Install it so that it runs after {@link AuthInterceptor}: a caller without a key
 * learns nothing about the validation rules.
 */
public final class InputLimitsInterceptor implements ServerInterceptor {

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
      ServerCallHandler<Q, R> next) {
    return new Checked<>(next.startCall(call, headers), call);
  }

  private static final class Checked<Q, R> extends SimpleForwardingServerCallListener<Q> {
    private final ServerCall<Q, R> call;
    private boolean refused;

    Checked(ServerCall.Listener<Q> delegate, ServerCall<Q, R> call) {
      super(delegate);
      this.call = call;
    }

    @Override
    public void onMessage(Q message) {
      Optional<String> problem =
          message instanceof Message request ? InputLimits.problem(request) : Optional.empty();
      if (problem.isPresent()) {
        refused = true;
        call.close(Status.INVALID_ARGUMENT.withDescription(problem.get()), new Metadata());
        return;
      }
      super.onMessage(message);
    }

    @Override
    public void onHalfClose() {
      // A refused request never reached the service, which would otherwise complain of none.
      if (!refused) {
        super.onHalfClose();
      }
    }
  }
}
