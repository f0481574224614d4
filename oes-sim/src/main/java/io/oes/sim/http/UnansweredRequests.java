package io.oes.sim.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Request;

/**
 * Requests whose answer never comes (the "executed but no response" fault). The handler's
 * virtual thread parks until the simulator closes or the hold time passes, then the connection is
 * aborted without an answer, as when a proxy loses the response. Thread-safe.
 */
public final class UnansweredRequests {
  private final CountDownLatch released = new CountDownLatch(1);
  private final Duration hold;

  /** @param hold the longest a connection is held open before it is aborted */
  public UnansweredRequests(Duration hold) {
    this.hold = hold;
  }

  /** Lets every held request go: called when the simulator closes. */
  public void releaseAll() {
    released.countDown();
  }

  void hang(Context context) throws InterruptedException {
    released.await(hold.toMillis(), TimeUnit.MILLISECONDS);
    Request.getBaseRequest(context.req()).getHttpChannel()
        .abort(new IOException("answer withheld by fault injection"));
  }
}
