package io.oes.server.admin;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.oes.api.AdminServiceGrpc;
import io.oes.api.FloorAccount;
import io.oes.api.GetFloorAccountRequest;
import io.oes.api.GetTradingStatusRequest;
import io.oes.api.HaltRequest;
import io.oes.api.ReduceRequest;
import io.oes.api.ResumeRequest;
import io.oes.api.TradingStatus;
import io.oes.core.risk.KillSwitch;
import io.oes.core.risk.TradingState;
import io.oes.server.exchange.SimulatorFloor;
import io.oes.server.security.Caller;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The kill switch over gRPC. Halt, Reduce and Resume answer once the new state is committed to the
 * store; a store that cannot commit makes them fail with UNAVAILABLE, the state unchanged.
 * GetFloorAccount tells {@code oes bench --baseline} where the embedded simulator is.
 */
public final class AdminGrpcService extends AdminServiceGrpc.AdminServiceImplBase {
  private final KillSwitch killSwitch;
  private final Optional<SimulatorFloor> floor;

  /** @param floor the embedded simulator and its floor account; empty outside sim mode */
  public AdminGrpcService(KillSwitch killSwitch, Optional<SimulatorFloor> floor) {
    this.killSwitch = killSwitch;
    this.floor = floor;
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

  @Override
  public void getFloorAccount(GetFloorAccountRequest request, StreamObserver<FloorAccount> out) {
    if (floor.isEmpty()) {
      out.onError(Status.FAILED_PRECONDITION.withDescription("GetFloorAccount needs "
          + "exchange.mode sim: only the embedded simulator has a floor account; point "
          + "`oes bench --baseline` at a simulator with --sim-url, --sim-api-key and "
          + "--sim-secret-key").asRuntimeException());
      return;
    }
    SimulatorFloor sim = floor.get();
    out.onNext(FloorAccount.newBuilder().setRestUrl(sim.restUrl())
        .setApiKey(sim.key().apiKey()).setSecretKey(sim.key().secret()).build());
    out.onCompleted();
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
