package io.oes.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnershipTest {

  private static final Ownership ALICE =
      Ownership.of(new Principal("alice-bot", "alice", Set.of(Scope.TRADE, Scope.READ)));
  private static final Ownership ADMIN =
      Ownership.of(new Principal("ops", "ops", Set.of(Scope.ADMIN)));

  @Test
  void anEmptyUserIdMeansTheKeysOwnUser() {
    assertThat(ALICE.checkUserId("")).isEqualTo("alice");
    assertThat(ALICE.checkUserId("alice")).isEqualTo("alice");
  }

  @Test
  void anotherUserIdIsPermissionDeniedNamingBothUsers() {
    assertThatThrownBy(() -> ALICE.checkUserId("bob"))
        .isInstanceOfSatisfying(CallRefused.class, e -> {
          assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
          assertThat(e.getStatus().getDescription())
              .isEqualTo("user_id bob does not match the key's user alice");
        });
  }

  @Test
  void aHostileUserIdIsShownShortAndPrintable() {
    assertThatThrownBy(() -> ALICE.checkUserId("\u0000evil\n".repeat(100)))
        .isInstanceOfSatisfying(CallRefused.class, e ->
            assertThat(e.getStatus().getDescription()).hasSizeLessThan(200)
                .doesNotContain("\n", "\u0000").contains("(600 characters)"));
  }

  @Test
  void anAdminActsForAnyUserAndEmptyMeansEveryone() {
    assertThat(ADMIN.checkUserId("bob")).isEqualTo("bob");
    assertThat(ADMIN.checkUserId("")).isEmpty();
    assertThat(ADMIN.streamUserFilter("")).isEmpty();
    assertThat(ADMIN.canSee("bob")).isTrue();
  }

  @Test
  void aNonAdminSeesOnlyItsOwnUsersOrders() {
    assertThat(ALICE.canSee("alice")).isTrue();
    assertThat(ALICE.canSee("bob")).isFalse();
    assertThat(ALICE.canSee("")).isFalse();
    assertThat(ALICE.streamUserFilter("")).isEqualTo("alice");
  }

  @Test
  void anInvisibleOrderIsReportedAsNotFound() {
    assertThatThrownBy(() -> ALICE.requireVisible("bob", "01ABC"))
        .isInstanceOfSatisfying(CallRefused.class, e -> {
          assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
          assertThat(e.getStatus().getDescription()).isEqualTo("order 01ABC not found");
        });
  }

  @Test
  void withAuthenticationOffEveryCheckIsANoOp() {
    Ownership anonymous = Ownership.of(Principal.ANONYMOUS_ADMIN);

    assertThat(anonymous.checkUserId("bob")).isEqualTo("bob");
    assertThat(anonymous.checkUserId("")).isEmpty();
    assertThat(anonymous.canSee("anyone")).isTrue();
  }

  @Test
  void outsideAnAuthenticatedCallThereIsNoCallerToAssume() {
    assertThatThrownBy(Ownership::ofCaller).isInstanceOf(IllegalStateException.class);
  }
}
