package io.oes.server.security;

import io.grpc.Attributes;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import com.google.protobuf.Message;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes each request's bytes itself, so that bytes which are not the method's request message
 * (a truncated field, invalid UTF-8 in a string) are answered INVALID_ARGUMENT with the decoder's
 * reason. Left to gRPC, a decoding failure reaches the client as {@code UNKNOWN: Application
 * error} and is logged with a stack trace per request.
 */
final class DecodedRequests {

  private static final MethodDescriptor.Marshaller<InputStream> UNDECODED =
      new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(InputStream value) {
          return value;
        }

        @Override
        public InputStream parse(InputStream stream) {
          return stream;
        }
      };

  private DecodedRequests() {}

  /** {@code service} with every method taking undecoded bytes and decoding them as it did. */
  static ServerServiceDefinition of(ServerServiceDefinition service, RefusalLog refusals) {
    ServiceDescriptor original = service.getServiceDescriptor();
    List<ServerMethodDefinition<?, ?>> methods = new ArrayList<>();
    ServiceDescriptor.Builder descriptor = ServiceDescriptor.newBuilder(original.getName())
        .setSchemaDescriptor(original.getSchemaDescriptor());
    for (ServerMethodDefinition<?, ?> method : service.getMethods()) {
      ServerMethodDefinition<InputStream, ?> undecoded = undecoded(method, refusals);
      descriptor.addMethod(undecoded.getMethodDescriptor());
      methods.add(undecoded);
    }
    ServerServiceDefinition.Builder builder = ServerServiceDefinition.builder(descriptor.build());
    methods.forEach(builder::addMethod);
    return builder.build();
  }

  private static <Q, R> ServerMethodDefinition<InputStream, R> undecoded(
      ServerMethodDefinition<Q, R> method, RefusalLog refusals) {
    MethodDescriptor<Q, R> decoded = method.getMethodDescriptor();
    MethodDescriptor<InputStream, R> undecoded =
        decoded.toBuilder(UNDECODED, decoded.getResponseMarshaller()).build();
    return ServerMethodDefinition.create(undecoded,
        new Decoding<>(decoded, method.getServerCallHandler(), refusals));
  }

  private record Decoding<Q, R>(MethodDescriptor<Q, R> method, ServerCallHandler<Q, R> next,
      RefusalLog refusals) implements ServerCallHandler<InputStream, R> {

    @Override
    public ServerCall.Listener<InputStream> startCall(ServerCall<InputStream, R> call,
        Metadata headers) {
      ServerCall.Listener<Q> listener = next.startCall(new DecodedCall<>(call, method), headers);
      return new ServerCall.Listener<>() {
        private boolean refused;

        @Override
        public void onMessage(InputStream bytes) {
          Q request;
          try {
            request = method.parseRequest(bytes);
          } catch (RuntimeException undecodable) {
            refused = true;
            refuse(call, undecodable);
            return;
          }
          listener.onMessage(request);
        }

        @Override
        public void onHalfClose() {
          // A refused request never reached the service, which would otherwise complain of none.
          if (!refused) {
            listener.onHalfClose();
          }
        }

        @Override
        public void onCancel() {
          listener.onCancel();
        }

        @Override
        public void onComplete() {
          listener.onComplete();
        }

        @Override
        public void onReady() {
          listener.onReady();
        }
      };
    }

    private void refuse(ServerCall<InputStream, R> call, RuntimeException undecodable) {
      Status status = Status.INVALID_ARGUMENT.withDescription("validation failed: the request "
          + "body is not a valid " + requestTypeOf(method) + ": " + reasonOf(undecodable));
      refusals.onRefused(method.getFullMethodName(), status,
          call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR));
      call.close(status, new Metadata());
    }
  }

  private static String requestTypeOf(MethodDescriptor<?, ?> method) {
    return method.getRequestMarshaller() instanceof MethodDescriptor.PrototypeMarshaller<?> typed
        && typed.getMessagePrototype() instanceof Message prototype
        ? prototype.getDescriptorForType().getFullName()
        : "request of " + method.getFullMethodName();
  }

  /** The decoder's own words (protobuf's), without gRPC's wrapping. */
  private static String reasonOf(Throwable failure) {
    Throwable innermost = failure;
    while (innermost.getCause() != null) {
      innermost = innermost.getCause();
    }
    return innermost.getMessage();
  }

  /** The call as the service sees it: its own request type and method descriptor. */
  private static final class DecodedCall<Q, R> extends ServerCall<Q, R> {
    private final ServerCall<InputStream, R> call;
    private final MethodDescriptor<Q, R> method;

    DecodedCall(ServerCall<InputStream, R> call, MethodDescriptor<Q, R> method) {
      this.call = call;
      this.method = method;
    }

    @Override
    public void request(int numMessages) {
      call.request(numMessages);
    }

    @Override
    public void sendHeaders(Metadata headers) {
      call.sendHeaders(headers);
    }

    @Override
    public void sendMessage(R message) {
      call.sendMessage(message);
    }

    @Override
    public boolean isReady() {
      return call.isReady();
    }

    @Override
    public void close(Status status, Metadata trailers) {
      call.close(status, trailers);
    }

    @Override
    public boolean isCancelled() {
      return call.isCancelled();
    }

    @Override
    public void setMessageCompression(boolean enabled) {
      call.setMessageCompression(enabled);
    }

    @Override
    public void setCompression(String compressor) {
      call.setCompression(compressor);
    }

    @Override
    public void setOnReadyThreshold(int numBytes) {
      call.setOnReadyThreshold(numBytes);
    }

    @Override
    public Attributes getAttributes() {
      return call.getAttributes();
    }

    @Override
    public String getAuthority() {
      return call.getAuthority();
    }

    @Override
    public MethodDescriptor<Q, R> getMethodDescriptor() {
      return method;
    }
  }
}
