package io.oes.server.nats;

import com.google.protobuf.Message;
import io.grpc.Status;
import io.oes.api.CancelOrderRequest;
import io.oes.api.CreateOrderRequest;
import io.oes.api.GetOrderRequest;
import io.oes.core.order.Order;
import io.oes.messaging.health.ComponentHealth;
import io.oes.messaging.nats.NatsRequest;
import io.oes.messaging.nats.NatsResponder;
import io.oes.messaging.nats.NatsSubjects;
import io.oes.server.grpc.Answer;
import io.oes.server.grpc.OrderDesk;
import io.oes.server.security.Authenticator;
import io.oes.server.security.InputLimits;
import io.oes.server.security.MethodScopes;
import io.oes.server.security.Ownership;
import io.oes.server.security.PresentedKey;
import io.oes.server.security.Principal;
import io.oes.server.security.RefusalLog;
import io.oes.server.security.Scope;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Order entry over NATS request-reply, as b25's services send it: {@code
 * orders.requests.create}, {@code orders.requests.cancel} and {@code orders.requests.get}, JSON
 * in ({@link RequestJson}) and out ({@link ReplyJson}), in the queue group {@value #QUEUE_GROUP}
 * so that several gateways share the subjects.
 *
 * <p>Each request passes the guards of a gRPC call, in the same order: its size, who sends it
 * (an API key in the {@code authorization: Bearer <key>} or {@code x-api-key} header, checked by
 * the one {@link Authenticator}; the scope of the gRPC method it stands for), whether its body
 * decodes, {@link InputLimits}; then the {@link OrderDesk} call gRPC makes. Every request is
 * answered once, refusals included; one sent without a reply subject (a plain publish, as b25's
 * own tests send) is acted on all the same, its outcome seen on {@code orders.updates.{SYMBOL}}
 * and its refusals in the log.
 *
 * <p>Nothing runs on the NATS dispatcher thread but the hand-off: each request is served on a
 * virtual thread (lookups may read the store) and replied to when the engine completes. At most
 * {@value #MAX_IN_FLIGHT} requests are in progress at once; beyond that a request is refused
 * RESOURCE_EXHAUSTED at once.
 */
public final class NatsOrderEntry implements AutoCloseable {
  /** The queue group every gateway joins, so each request is served by one of them. */
  public static final String QUEUE_GROUP = "oes";
  static final int MAX_IN_FLIGHT = 1_000;
  private static final Duration RECONNECT_WAIT = Duration.ofSeconds(1);
  private static final long FIRST_SUBSCRIPTION_WAIT_MS = 2_000;
  private static final Logger LOG = LoggerFactory.getLogger(NatsOrderEntry.class);
  static final String UNAUTHENTICATED_MESSAGE = "a valid API key is required "
      + "(NATS header authorization: Bearer <key>, or x-api-key: <key>)";

  private final Authenticator authenticator;
  private final OrderDesk desk;
  private final RefusalLog refusals = new RefusalLog();
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
  private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
  private NatsResponder responder;

  private NatsOrderEntry(Authenticator authenticator, OrderDesk desk) {
    this.authenticator = authenticator;
    this.desk = desk;
  }

  /**
   * Subscribes to the request subjects on {@code servers} and answers from then on. Returns once
   * subscribed, or after {@value #FIRST_SUBSCRIPTION_WAIT_MS} ms while NATS is not reachable
   * (the subscriptions follow in the background whenever it is).
   *
   * @param servers the NATS address, {@code nats://host:port}, comma-separated for several
   */
  public static NatsOrderEntry start(String servers, Authenticator authenticator,
      OrderDesk desk) throws InterruptedException {
    NatsOrderEntry entry = new NatsOrderEntry(authenticator, desk);
    List<Endpoint<?>> endpoints = entry.endpoints();
    entry.responder = NatsResponder.start(servers, RECONNECT_WAIT, QUEUE_GROUP,
        endpoints.stream().collect(Collectors.toMap(Endpoint::subject,
            endpoint -> request -> entry.onRequest(endpoint, request))));
    if (!entry.responder.awaitAnswering(Duration.ofMillis(FIRST_SUBSCRIPTION_WAIT_MS))) {
      LOG.warn("NATS order entry is not subscribed yet ({}); it will be once NATS is reachable",
          entry.responder.health().message());
    }
    return entry;
  }

  private List<Endpoint<?>> endpoints() {
    return List.of(
        new Endpoint<>(NatsSubjects.CREATE_REQUESTS, "order.OrderService/CreateOrder",
            CreateOrderRequest.getDefaultInstance(), desk::create, ReplyJson::created),
        new Endpoint<>(NatsSubjects.CANCEL_REQUESTS, "order.OrderService/CancelOrder",
            CancelOrderRequest.getDefaultInstance(), desk::cancel, ReplyJson::canceled),
        new Endpoint<>(NatsSubjects.GET_REQUESTS, "order.OrderService/GetOrder",
            GetOrderRequest.getDefaultInstance(),
            (caller, request) -> CompletableFuture.completedFuture(desk.get(caller, request)),
            ReplyJson::found));
  }

  /** The connection and subscriptions, for health. */
  public ComponentHealth health() {
    return responder.health();
  }

  /** On the dispatcher thread: hands the request off, or refuses it when too many are open. */
  private void onRequest(Endpoint<?> endpoint, NatsRequest request) {
    if (!inFlight.tryAcquire()) {
      refuseAtGuard(request, Status.RESOURCE_EXHAUSTED.withDescription("more than " + MAX_IN_FLIGHT
          + " NATS order requests are in progress; retry shortly"));
      return;
    }
    try {
      workers.execute(() -> serve(endpoint, request)
          .whenComplete((done, error) -> inFlight.release()));
    } catch (RejectedExecutionException stopping) {
      inFlight.release();
      refuseAtGuard(request, Status.UNAVAILABLE.withDescription("the gateway is shutting down"));
    }
  }

  private <M extends Message> CompletableFuture<Void> serve(Endpoint<M> endpoint,
      NatsRequest request) {
    try {
      Answer<Principal> caller = authenticate(request, endpoint.method());
      if (caller instanceof Answer.Refused<Principal> refused) {
        refuseAtGuard(request, refused.status());
        return CompletableFuture.completedFuture(null);
      }
      byte[] body = request.body();
      if (body.length > InputLimits.MAX_REQUEST_BYTES) {
        refuseAtGuard(request, Status.RESOURCE_EXHAUSTED.withDescription("the request body has "
            + body.length + " bytes (at most " + InputLimits.MAX_REQUEST_BYTES + ")"));
        return CompletableFuture.completedFuture(null);
      }
      Answer<M> decoded = RequestJson.decode(body, endpoint.prototype());
      if (decoded instanceof Answer.Refused<M> refused) {
        refuseAtGuard(request, refused.status());
        return CompletableFuture.completedFuture(null);
      }
      M message = ((Answer.Given<M>) decoded).value();
      Optional<String> problem = InputLimits.problem(message);
      if (problem.isPresent()) {
        refuseAtGuard(request, Status.INVALID_ARGUMENT.withDescription(problem.get()));
        return CompletableFuture.completedFuture(null);
      }
      Ownership ownership = Ownership.of(((Answer.Given<Principal>) caller).value());
      return endpoint.call().apply(ownership, message)
          .thenAccept(answer -> answer(request, answer, endpoint.render()))
          .exceptionally(error -> {
            refuseAtGuard(request, failed(error));
            return null;
          });
    } catch (RuntimeException e) {
      refuseAtGuard(request, failed(e));
      return CompletableFuture.completedFuture(null);
    }
  }

  /**
   * Who sends the request, by the rule of a gRPC call: two different keys are refused, a
   * missing or unknown one is UNAUTHENTICATED, a key without the method's scope is
   * PERMISSION_DENIED. With authentication off everyone is the anonymous admin.
   */
  private Answer<Principal> authenticate(NatsRequest request, String method) {
    List<String> authorization = request.header(PresentedKey.AUTHORIZATION);
    List<String> xApiKey = request.header(PresentedKey.X_API_KEY);
    String bearer = single(authorization);
    String bare = single(xApiKey);
    if (authorization.stream().distinct().count() > 1 || xApiKey.stream().distinct().count() > 1
        || PresentedKey.conflicting(bearer, bare)) {
      return Answer.refused(Status.UNAUTHENTICATED.withDescription(PresentedKey.CONFLICT_MESSAGE));
    }
    Optional<Principal> principal = authenticator.authenticate(PresentedKey.from(bearer, bare),
        Optional.empty());
    if (principal.isEmpty()) {
      return Answer.refused(Status.UNAUTHENTICATED.withDescription(UNAUTHENTICATED_MESSAGE));
    }
    Scope required = MethodScopes.requiredFor(method).orElseThrow();
    if (!principal.get().has(required)) {
      return Answer.refused(Status.PERMISSION_DENIED.withDescription(request.subject()
          + " needs the " + required.configName() + " scope, which " + principal.get().name()
          + " does not have"));
    }
    return Answer.given(principal.get());
  }

  private static String single(List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }

  private void answer(NatsRequest request, Answer<Order> answer,
      Function<Order, byte[]> render) {
    switch (answer) {
      case Answer.Given<Order> given -> request.reply(render.apply(given.value()));
      case Answer.Refused<Order> refused -> refuse(request, refused.status());
    }
  }

  /**
   * Replies with the refusal of the call. One that expects no reply has no one to tell but the
   * log.
   */
  private void refuse(NatsRequest request, Status status) {
    if (!request.expectsReply()) {
      refusals.onRefused(request.subject(), status, "NATS (a publish without reply subject)");
      return;
    }
    request.reply(ReplyJson.error(status));
  }

  /**
   * Replies with a refusal before the call (who sends it, its size or body) or a failure, and
   * logs it as gRPC logs such refusals: at most a line a second.
   */
  private void refuseAtGuard(NatsRequest request, Status status) {
    if (request.expectsReply()) {
      refusals.onRefused(request.subject(), status, "NATS");
    }
    refuse(request, status);
  }

  private static Status failed(Throwable error) {
    return Status.INTERNAL.withDescription("order request failed: " + error);
  }

  /** Stops taking requests; those in progress still reply while the connection lasts. */
  @Override
  public void close() {
    if (responder != null) {
      responder.close();
    }
    workers.shutdown();
  }

  /**
   * One request subject: the gRPC method whose scope and request message it shares, the desk
   * call, and how the order it answers with is written.
   */
  private record Endpoint<M extends Message>(String subject, String method, M prototype,
      BiFunction<Ownership, M, CompletableFuture<Answer<Order>>> call,
      Function<Order, byte[]> render) {}
}
