package io.oes.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MethodScopesTest {

  @ParameterizedTest(name = "{0} needs {1}")
  @CsvSource({
      "order.OrderService/CreateOrder,        TRADE",
      "order.OrderService/CancelOrder,        TRADE",
      "order.OrderService/AmendOrder,         TRADE",
      "order.OrderService/CancelAllOrders,    TRADE",
      "order.OrderService/BatchCreateOrders,  TRADE",
      "order.OrderService/BatchCancelOrders,  TRADE",
      "order.OrderService/GetOrder,           READ",
      "order.OrderService/GetOrders,          READ",
      "order.OrderService/StreamOrderUpdates, READ",
      "order.AdminService/Halt,               ADMIN",
      "order.AdminService/Resume,             ADMIN",
      "order.OrderService/SomethingNew,       ADMIN",
      "other.Service/Anything,                ADMIN",
  })
  void everyMethodNeedsItsScopeAndUnknownOnesNeedAdmin(String method, Scope scope) {
    assertThat(MethodScopes.requiredFor(method)).contains(scope);
  }

  @ParameterizedTest(name = "{0} is public")
  @CsvSource({
      "grpc.health.v1.Health/Check",
      "grpc.health.v1.Health/Watch",
      "grpc.reflection.v1.ServerReflection/ServerReflectionInfo",
      "grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
  })
  void healthAndReflectionNeedNoScope(String method) {
    assertThat(MethodScopes.requiredFor(method)).isEmpty();
  }
}
