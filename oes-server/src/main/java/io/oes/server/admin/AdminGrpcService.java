package io.oes.server.admin;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.oes.api.AdminServiceGrpc;
import io.oes.api.GetTradingStatusRequest;
import io.oes.api.HaltRequest;
import io.oes.api.ReduceRequest;
import io.oes.api.ResumeRequest;
import io.oes.api.TradingStatus;
import io.oes.core.risk.KillSwitch;
import io.oes.core.risk.TradingState;
import io.oes.server.security.Caller;
import java.util.function.Supplier;

/**
 * The kill switch over gRPC. Halt, Reduce and Resume answer once the new state is committed to the
 * store; a store that cannot commit makes them fail with UNAVAILABLE, the state unchanged.
 */
public final class AdminGrpcService extends AdminServiceGrpc.AdminServiceImplBase {
  private final KillSwitch killSwitch;

  public AdminGrpcService(KillSwitch killSwitch) {
    this.killSwitch = killSwitch;
  }

  @Override
  public void halt(HaltRequest request, StreamObserver<TradingStatus> out) {
    if (request.getReason().isBlank()) {
      out.onError(Status.INVALID_ARGUMENT
          .withDescription("reason is required: say why trading stops").asRuntimeException());
      return;
    }
    String by = Caller.current().name();
    change(out, () -> killSwitch.halt(request.getReason().strip(), by));
  }

  @Override
  public void reduce(ReduceRequest request, StreamObserver<TradingStatus> out) {
    if (request.getReason().isBlank()) {
      out.onError(Status.INVALID_ARGUMENT.withDescription(
          "reason is required: say why only reduce-only orders pass").asRuntimeException());
      return;
    }
    String by = Caller.current().name();
    change(out, () -> killSwitch.reduce(request.getReason().strip(), by));
  }

  @Override
  public void resume(ResumeRequest request, StreamObserver<TradingStatus> out) {
    String by = Caller.current().name();
    change(out, () -> killSwitch.resume(by));
  }

  private void change(StreamObserver<TradingStatus> out, Supplier<TradingState> change) {
    TradingState changed;
    try {
      changed = change.get();
    } catch (IllegalArgumentException e) {
      out.onError(Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException());
      return;
    } catch (RuntimeException e) {
      out.onError(Status.UNAVAILABLE.withDescription(TradingStateFailure.describe(e,
          killSwitch.state())).asRuntimeException());
      return;
    }
    answer(out, changed);
  }

  @Override
  public void getTradingStatus(GetTradingStatusRequest request,
      StreamObserver<TradingStatus> out) {
    answer(out, killSwitch.state());
  }

  private static void answer(StreamObserver<TradingStatus> out, TradingState state) {
    out.onNext(toProto(state));
    out.onCompleted();
  }

  static TradingStatus toProto(TradingState state) {
    return TradingStatus.newBuilder()
        .setHalted(state.isHalted())
        .setMode(state.mode().name())
        .setReason(state.mode() == TradingState.Mode.ACTIVE ? "" : state.reason())
        .setChangedBy(state.changedBy())
        .setChangedAtMs(state.changedAt() == null ? 0 : state.changedAt().toEpochMilli())
        .build();
  }
}
