package io.oes.server.security;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.MethodDescriptor;
import io.grpc.stub.ClientCalls;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/**
 * Unary calls whose bodies are arbitrary bytes, as a hostile or broken client could send: the
 * bytes need not decode as the method's request message.
 */
final class RawRequests {

  private RawRequests() {}

  /** {@code fullMethod} (e.g. {@code order.OrderService/CreateOrder}) taking and giving bytes. */
  static MethodDescriptor<byte[], byte[]> method(String fullMethod) {
    return MethodDescriptor.<byte[], byte[]>newBuilder()
        .setType(MethodDescriptor.MethodType.UNARY).setFullMethodName(fullMethod)
        .setRequestMarshaller(new Bytes()).setResponseMarshaller(new Bytes()).build();
  }

  /** Calls {@code fullMethod} with {@code body}. */
  static byte[] call(Channel channel, String fullMethod, byte[] body) {
    return ClientCalls.blockingUnaryCall(channel, method(fullMethod),
        CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS), body);
  }

  private static final class Bytes implements MethodDescriptor.Marshaller<byte[]> {
    @Override
    public InputStream stream(byte[] value) {
      return new ByteArrayInputStream(value);
    }

    @Override
    public byte[] parse(InputStream stream) {
      try {
        return stream.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
