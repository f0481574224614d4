package io.oes.cli.client;

import com.google.protobuf.ByteString;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.ManagedChannel;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services and methods a gateway offers, as its server reflection describes them (what
 * {@code grpcurl list} shows). Used for discovery and to tell whether an RPC exists at all.
 *
 * @param methodsByService full service name (e.g. {@code order.OrderService}) to its method names
 */
public record ServiceCatalog(Map<String, List<String>> methodsByService) {

  public ServiceCatalog {
    methodsByService = Map.copyOf(methodsByService);
  }

  /** Whether {@code service} offers {@code method}. */
  public boolean offers(String service, String method) {
    return methodsByService.getOrDefault(service, List.of()).contains(method);
  }

  static ServiceCatalog fetch(ManagedChannel channel, long timeoutMs) {
    ReflectionCall reflection = new ReflectionCall(ServerReflectionGrpc.newStub(channel), timeoutMs);
    ServerReflectionResponse listed = reflection.ask(
        ServerReflectionRequest.newBuilder().setListServices("").build());
    Map<String, List<String>> services = new LinkedHashMap<>();
    for (ServiceResponse service : listed.getListServicesResponse().getServiceList()) {
      ServerReflectionResponse files = reflection.ask(
          ServerReflectionRequest.newBuilder().setFileContainingSymbol(service.getName()).build());
      services.put(service.getName(),
          methodsOf(service.getName(), files.getFileDescriptorResponse().getFileDescriptorProtoList()));
    }
    return new ServiceCatalog(services);
  }

  private static List<String> methodsOf(String serviceName, List<ByteString> files) {
    List<String> methods = new ArrayList<>();
    for (ByteString bytes : files) {
      FileDescriptorProto file = parse(bytes);
      String prefix = file.getPackage().isEmpty() ? "" : file.getPackage() + ".";
      for (ServiceDescriptorProto service : file.getServiceList()) {
        if ((prefix + service.getName()).equals(serviceName)) {
          service.getMethodList().stream().map(MethodDescriptorProto::getName)
              .forEach(methods::add);
        }
      }
    }
    return methods;
  }

  private static FileDescriptorProto parse(ByteString bytes) {
    try {
      return FileDescriptorProto.parseFrom(bytes);
    } catch (InvalidProtocolBufferException e) {
      throw new CallFailedException("server reflection sent an unreadable descriptor: "
          + e.getMessage());
    }
  }
}
