package io.oes.server.admin;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.oes.api.AdminServiceGrpc;
import io.oes.api.GetTradingStatusRequest;
import io.oes.api.HaltRequest;
import io.oes.api.ResumeRequest;
import io.oes.api.TradingStatus;
import io.oes.core.risk.KillSwitch;
import io.oes.core.risk.TradingState;
import io.oes.server.security.Caller;

/** The kill switch over gRPC. */
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
    answer(out, killSwitch.halt(request.getReason().strip(), Caller.current().name()));
  }

  @Override
  public void resume(ResumeRequest request, StreamObserver<TradingStatus> out) {
    answer(out, killSwitch.resume(Caller.current().name()));
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
        .setReason(state.isHalted() ? state.reason() : "")
        .setChangedBy(state.changedBy())
        .setChangedAtMs(state.changedAt() == null ? 0 : state.changedAt().toEpochMilli())
        .build();
  }
}
