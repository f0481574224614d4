package io.oes.cli.client;

import io.grpc.StatusRuntimeException;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One question to the server reflection service at a time. Reflection is a bidirectional
 * stream; asking one question per stream keeps the exchange simple for a command that asks few.
 */
final class ReflectionCall {

  private final ServerReflectionGrpc.ServerReflectionStub stub;
  private final long timeoutMs;

  ReflectionCall(ServerReflectionGrpc.ServerReflectionStub stub, long timeoutMs) {
    this.stub = stub;
    this.timeoutMs = timeoutMs;
  }

  ServerReflectionResponse ask(ServerReflectionRequest request) {
    CompletableFuture<ServerReflectionResponse> answer = new CompletableFuture<>();
    StreamObserver<ServerReflectionRequest> requests =
        stub.withDeadlineAfter(timeoutMs, TimeUnit.MILLISECONDS).serverReflectionInfo(
            new StreamObserver<>() {
              @Override
              public void onNext(ServerReflectionResponse response) {
                answer.complete(response);
              }

              @Override
              public void onError(Throwable error) {
                answer.completeExceptionally(error);
              }

              @Override
              public void onCompleted() {
                answer.completeExceptionally(
                    new CallFailedException("server reflection ended without an answer"));
              }
            });
    requests.onNext(request);
    requests.onCompleted();
    return await(answer);
  }

  private ServerReflectionResponse await(CompletableFuture<ServerReflectionResponse> answer) {
    try {
      ServerReflectionResponse response = answer.get(timeoutMs, TimeUnit.MILLISECONDS);
      if (response.hasErrorResponse()) {
        throw new CallFailedException("server reflection: "
            + response.getErrorResponse().getErrorMessage());
      }
      return response;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StatusRuntimeException status) {
        throw status;
      }
      throw new CallFailedException("server reflection failed: " + e.getCause());
    } catch (TimeoutException e) {
      throw new CallFailedException("server reflection gave no answer within " + timeoutMs + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CallFailedException("interrupted while waiting for server reflection");
    }
  }
}
