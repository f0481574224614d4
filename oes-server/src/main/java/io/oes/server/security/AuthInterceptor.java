package io.oes.server.security;

import io.grpc.Contexts;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * Authenticates every gRPC call and checks its scope before the service sees it; puts the
 * {@link Principal} in the call's context ({@link Caller}); answers a {@link CallRefused} thrown
 * by the service with its status. Install it on the server so it wraps every service.
 *
 * <p>A missing and a wrong key get the same answer, so a caller learns nothing about which keys
 * exist. Health and reflection need no key ({@link MethodScopes#PUBLIC_SERVICES}).
 */
public final class AuthInterceptor implements ServerInterceptor {

  static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of(PresentedKey.AUTHORIZATION, Metadata.ASCII_STRING_MARSHALLER);
  static final Metadata.Key<String> X_API_KEY =
      Metadata.Key.of(PresentedKey.X_API_KEY, Metadata.ASCII_STRING_MARSHALLER);
  /** The one answer to a missing, malformed or unknown credential. */
  static final String UNAUTHENTICATED_MESSAGE = "a valid API key is required "
      + "(metadata authorization: Bearer <key>, or x-api-key: <key>)";

  private final Authenticator authenticator;
  private final RefusalLog refusals;

  public AuthInterceptor(Authenticator authenticator) {
    this(authenticator, new RefusalLog());
  }

  AuthInterceptor(Authenticator authenticator, RefusalLog refusals) {
    this.authenticator = authenticator;
    this.refusals = refusals;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
      ServerCallHandler<Q, R> next) {
    String method = call.getMethodDescriptor().getFullMethodName();
    Optional<Scope> required = MethodScopes.requiredFor(method);
    if (required.isEmpty()) {
      return next.startCall(call, headers);
    }
    String authorization = headers.get(AUTHORIZATION);
    String xApiKey = headers.get(X_API_KEY);
    if (PresentedKey.conflicting(authorization, xApiKey)) {
      return refuse(call, Status.UNAUTHENTICATED.withDescription(PresentedKey.CONFLICT_MESSAGE));
    }
    Optional<Principal> principal = authenticator.authenticate(
        PresentedKey.from(authorization, xApiKey), peerOf(call));
    if (principal.isEmpty()) {
      return refuse(call, Status.UNAUTHENTICATED.withDescription(UNAUTHENTICATED_MESSAGE));
    }
    if (!principal.get().has(required.get())) {
      return refuse(call, Status.PERMISSION_DENIED.withDescription(method + " needs the "
          + required.get().configName() + " scope, which " + principal.get().name()
          + " does not have"));
    }
    Metadata credentials = new Metadata();
    if (authorization != null) {
      credentials.put(AUTHORIZATION, authorization);
    }
    if (xApiKey != null) {
      credentials.put(X_API_KEY, xApiKey);
    }
    ServerCall.Listener<Q> served = Contexts.interceptCall(
        Caller.with(principal.get(), credentials), call, headers, next);
    return new RefusalAnswering<>(served, call);
  }

  private <Q, R> ServerCall.Listener<Q> refuse(ServerCall<Q, R> call, Status status) {
    refusals.onRefused(call.getMethodDescriptor().getFullMethodName(), status,
        call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR));
    call.close(status, new Metadata());
    return new ServerCall.Listener<>() {};
  }

  private static Optional<X509Certificate> peerOf(ServerCall<?, ?> call) {
    SSLSession session = call.getAttributes().get(Grpc.TRANSPORT_ATTR_SSL_SESSION);
    if (session == null) {
      return Optional.empty();
    }
    try {
      Certificate[] chain = session.getPeerCertificates();
      return chain.length > 0 && chain[0] instanceof X509Certificate leaf
          ? Optional.of(leaf) : Optional.empty();
    } catch (SSLPeerUnverifiedException e) {
      return Optional.empty();
    }
  }
}
