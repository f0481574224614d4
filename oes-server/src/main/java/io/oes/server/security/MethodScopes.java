package io.oes.server.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which scope each gRPC method needs. Unknown methods of known services, and unknown services,
 * need {@link Scope#ADMIN}: a new RPC is closed until it is placed in this table.
 */
public final class MethodScopes {

  /** Services any caller may use without a key: health probes and {@code grpcurl list}. */
  public static final Set<String> PUBLIC_SERVICES = Set.of(
      "grpc.health.v1.Health",
      "grpc.reflection.v1.ServerReflection",
      "grpc.reflection.v1alpha.ServerReflection");

  /** Every method of this service needs {@link Scope#ADMIN} (halt, resume, …). */
  public static final String ADMIN_SERVICE = "order.AdminService";

  private static final Map<String, Scope> ORDER_SERVICE = Map.ofEntries(
      Map.entry("order.OrderService/CreateOrder", Scope.TRADE),
      Map.entry("order.OrderService/CancelOrder", Scope.TRADE),
      Map.entry("order.OrderService/AmendOrder", Scope.TRADE),
      Map.entry("order.OrderService/CancelAllOrders", Scope.TRADE),
      Map.entry("order.OrderService/BatchCreateOrders", Scope.TRADE),
      Map.entry("order.OrderService/BatchCancelOrders", Scope.TRADE),
      Map.entry("order.OrderService/GetOrder", Scope.READ),
      Map.entry("order.OrderService/GetOrders", Scope.READ),
      Map.entry("order.OrderService/StreamOrderUpdates", Scope.READ),
      Map.entry("order.OrderService/GetPositions", Scope.READ));

  private MethodScopes() {}

  /**
   * The scope {@code fullMethodName} ({@code package.Service/Method}) needs; empty for the
   * public services.
   */
  public static Optional<Scope> requiredFor(String fullMethodName) {
    int slash = fullMethodName.indexOf('/');
    String service = slash < 0 ? fullMethodName : fullMethodName.substring(0, slash);
    if (PUBLIC_SERVICES.contains(service)) {
      return Optional.empty();
    }
    return Optional.of(ORDER_SERVICE.getOrDefault(fullMethodName, Scope.ADMIN));
  }
}
