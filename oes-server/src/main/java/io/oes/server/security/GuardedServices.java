package io.oes.server.security;

import io.grpc.BindableService;
import io.grpc.ServerBuilder;
import io.grpc.ServerInterceptors;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts services on a gRPC server behind the request guards, which run in this order: who is
 * calling ({@link AuthInterceptor}), whether the bytes decode as the method's request ({@link
 * DecodedRequests}), then what the request says ({@link InputLimitsInterceptor}). A caller
 * without a key learns nothing about the validation rules.
 */
public final class GuardedServices {

  private GuardedServices() {}

  /**
   * Adds {@code services} and server reflection (so {@code grpcurl list} works) to {@code builder}
   * behind the guards, and routes gRPC's own log records through {@link GrpcLogGate}.
   */
  public static void install(ServerBuilder<?> builder, List<BindableService> services,
      Authenticator authenticator) {
    GrpcLogGate.install();
    RefusalLog refusals = new RefusalLog();
    InputLimitsInterceptor limits = new InputLimitsInterceptor();
    List<BindableService> all = new ArrayList<>(services);
    all.add(ProtoReflectionServiceV1.newInstance());
    for (BindableService service : all) {
      builder.addService(DecodedRequests.of(
          ServerInterceptors.intercept(service.bindService(), limits), refusals));
    }
    builder.intercept(new AuthInterceptor(authenticator, refusals));
  }
}
