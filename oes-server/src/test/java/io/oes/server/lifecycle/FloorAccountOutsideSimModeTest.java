package io.oes.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.oes.api.AdminServiceGrpc;
import io.oes.api.GetFloorAccountRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A gateway on a venue of its own (testnet mode) has no embedded simulator, so it has no floor
 * account to hand out: the benchmark is told to name a simulator itself.
 */
@Timeout(120)
class FloorAccountOutsideSimModeTest {
  private static Venue venue;
  private static OesOnVenue oes;

  @BeforeAll
  static void start() {
    venue = Venue.still();
    oes = OesOnVenue.start(venue, "cancel_countdown_s: 0", "");
  }

  @AfterAll
  static void stop() throws Exception {
    oes.close();
    venue.close();
  }

  @Test
  void theFloorAccountIsRefusedWithWhatToDoInstead() {
    assertThatThrownBy(() -> AdminServiceGrpc.newBlockingStub(oes.channel)
        .getFloorAccount(GetFloorAccountRequest.getDefaultInstance()))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
          assertThat(e.getStatus().getCode())
              .isEqualTo(Status.Code.FAILED_PRECONDITION);
          assertThat(e.getStatus().getDescription())
              .contains("exchange.mode sim", "--sim-url");
        });
  }
}
