package io.oes.server.cluster;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Deadline;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.OrderServiceGrpc.OrderServiceFutureStub;
import io.oes.server.grpc.Forwarding;
import io.oes.server.security.Caller;
import io.oes.store.lease.LeaseHolder;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Forwards a call for an account another instance trades to that instance, found through the
 * leases: with the caller's credential headers (the owner authenticates and authorises the
 * caller again, under the same keys) and its deadline, and marked {@code oes-forwarded-by}, so
 * a call is forwarded once at most — an instance that receives a forwarded call for an account
 * it does not trade (the lease moved meanwhile) answers it with the refusal. Plaintext
 * channels only: with gRPC TLS configured, nothing is forwarded.
 *
 * <p>Also the server interceptor that notes, for each call, whether it came forwarded.
 */
public final class OwnerForwarding implements Forwarding, ServerInterceptor, AutoCloseable {
  static final Metadata.Key<String> FORWARDED_BY =
      Metadata.Key.of("oes-forwarded-by", Metadata.ASCII_STRING_MARSHALLER);
  private static final Context.Key<String> FORWARDED_FROM = Context.key("oes-forwarded-from");

  private final String instanceId;
  private final AccountOwnership ownership;
  private final Map<String, ManagedChannel> channels = new ConcurrentHashMap<>();

  public OwnerForwarding(String instanceId, AccountOwnership ownership) {
    this.instanceId = instanceId;
    this.ownership = ownership;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
      ServerCallHandler<Q, R> next) {
    String from = headers.get(FORWARDED_BY);
    return from == null ? next.startCall(call, headers)
        : Contexts.interceptCall(Context.current().withValue(FORWARDED_FROM, from), call,
            headers, next);
  }

  @Override
  public Optional<OrderServiceFutureStub> toOwnerOf(String accountId) {
    if (FORWARDED_FROM.get() != null) {
      return Optional.empty();
    }
    Optional<LeaseHolder> holder = ownership.holderOf(accountId);
    if (holder.isEmpty() || holder.get().owner().equals(instanceId)) {
      return Optional.empty();
    }
    Metadata headers = Caller.credentials();
    headers.put(FORWARDED_BY, instanceId);
    OrderServiceFutureStub stub = OrderServiceGrpc.newFutureStub(channelTo(holder.get()
        .address())).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    Deadline deadline = Context.current().getDeadline();
    return Optional.of(deadline == null ? stub
        : stub.withDeadlineAfter(deadline.timeRemaining(TimeUnit.NANOSECONDS),
            TimeUnit.NANOSECONDS));
  }

  private ManagedChannel channelTo(String address) {
    return channels.computeIfAbsent(address, target -> NettyChannelBuilder.forTarget(target)
        .usePlaintext().build());
  }

  @Override
  public void close() {
    channels.values().forEach(ManagedChannel::shutdownNow);
  }
}
