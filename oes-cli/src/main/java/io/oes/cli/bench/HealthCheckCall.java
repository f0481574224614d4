package io.oes.cli.bench;

import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.oes.cli.client.GatewayChannel;
import java.util.concurrent.TimeUnit;

/**
 * The first half of the floor: {@code grpc.health.v1.Health/Check} on the gateway's port, a
 * round trip through the same channel, transport and server as CreateOrder that does no work.
 */
final class HealthCheckCall implements BenchCall {
  private static final HealthCheckRequest WHOLE_SERVER = HealthCheckRequest.getDefaultInstance();

  private final HealthGrpc.HealthBlockingStub health;
  private final long timeoutMs;

  HealthCheckCall(GatewayChannel gateway, long timeoutMs) {
    // The order stub's channel is the gateway channel itself: the same connection CreateOrder uses.
    this.health = HealthGrpc.newBlockingStub(gateway.orders().getChannel());
    this.timeoutMs = timeoutMs;
  }

  @Override
  public CallOutcome call(long sequence) {
    try {
      HealthCheckResponse answer = health.withDeadlineAfter(timeoutMs, TimeUnit.MILLISECONDS)
          .check(WHOLE_SERVER);
      return answer.getStatus() == HealthCheckResponse.ServingStatus.SERVING
          ? CallOutcome.SUCCEEDED : CallOutcome.failed(answer.getStatus().name());
    } catch (StatusRuntimeException e) {
      return CallOutcome.failed(e.getStatus().getCode().name());
    }
  }
}
