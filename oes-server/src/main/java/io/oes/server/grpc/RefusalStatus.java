package io.oes.server.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.oes.core.refusal.Refusal;

/** A core refusal as the gRPC status its code stands for (see {@link io.grpc.Status}). */
final class RefusalStatus {
  private RefusalStatus() {}

  static StatusRuntimeException of(Refusal refusal) {
    return statusOf(refusal).asRuntimeException();
  }

  static Status statusOf(Refusal refusal) {
    Status status = switch (refusal.code()) {
      case INVALID_ARGUMENT -> Status.INVALID_ARGUMENT;
      case FAILED_PRECONDITION -> Status.FAILED_PRECONDITION;
      case NOT_FOUND -> Status.NOT_FOUND;
      case ALREADY_EXISTS -> Status.ALREADY_EXISTS;
      case RESOURCE_EXHAUSTED -> Status.RESOURCE_EXHAUSTED;
      case UNAVAILABLE -> Status.UNAVAILABLE;
      case PERMISSION_DENIED -> Status.PERMISSION_DENIED;
    };
    return status.withDescription(refusal.message());
  }
}
