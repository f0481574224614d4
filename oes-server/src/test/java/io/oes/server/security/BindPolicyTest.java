package io.oes.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.server.security.BindVerdict.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BindPolicyTest {

  @ParameterizedTest(name = "{0}, auth {1}, tls {2}, allow insecure {3} -> {4}")
  @CsvSource({
      "127.0.0.1,  OFF,      false, false, ALLOWED",
      "localhost,  OFF,      false, false, ALLOWED",
      "::1,        OFF,      false, false, ALLOWED",
      "[::1],      OFF,      false, false, ALLOWED",
      "127.0.0.2,  OFF,      false, false, ALLOWED",
      "0.0.0.0,    OFF,      false, false, REFUSED",
      "::,         OFF,      false, false, REFUSED",
      "10.1.2.3,   OFF,      true,  false, REFUSED",
      "0.0.0.0,    OFF,      false, true,  WARNING",
      "0.0.0.0,    API_KEYS, false, false, WARNING",
      "0.0.0.0,    CLIENT_CERTIFICATES, true, false, ALLOWED",
      "0.0.0.0,    API_KEYS, true,  false, ALLOWED",
      "no-such-host.invalid, OFF, false, false, REFUSED",
  })
  void decidesByHostAuthenticationAndTls(String host, AuthMode mode, boolean tls,
      boolean allowInsecure, Outcome expected) {
    assertThat(BindPolicy.check(host, mode, tls, allowInsecure).outcome()).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void aRefusalNamesTheSettingsThatWouldAllowTheBind() {
    BindVerdict verdict = BindPolicy.check("0.0.0.0", AuthMode.OFF, false, false);

    assertThat(verdict.isRefused()).isTrue();
    assertThat(verdict.message()).contains("server.host 0.0.0.0", "security.api_keys",
        "security.allow_insecure_bind: true", "127.0.0.1");
  }

  @org.junit.jupiter.api.Test
  void plaintextWithKeysOnTheNetworkIsWarnedAbout() {
    assertThat(BindPolicy.check("0.0.0.0", AuthMode.API_KEYS, false, false).message())
        .contains("without TLS", "security.grpc_tls");
  }

  @ParameterizedTest(name = "NATS {0}, auth {1}, allow insecure {2} -> {3}")
  @CsvSource(delimiter = '|', value = {
      "nats://127.0.0.1:4222                        | OFF      | false | ALLOWED",
      "nats://user:secret@localhost:4222            | OFF      | false | ALLOWED",
      "127.0.0.1:4222                               | OFF      | false | ALLOWED",
      "nats://127.0.0.1:4222,nats://10.0.0.5:4222   | OFF      | false | REFUSED",
      "nats://nats.internal.invalid:4222            | OFF      | false | REFUSED",
      "nats://10.0.0.5:4222                         | OFF      | true  | WARNING",
      "nats://10.0.0.5:4222                         | API_KEYS | false | WARNING",
      "tls://10.0.0.5:4222                          | API_KEYS | false | ALLOWED",
      "tls://10.0.0.5:4222,nats://10.0.0.6:4222     | API_KEYS | false | WARNING",
      "tls://10.0.0.5:4222                          | CLIENT_CERTIFICATES | false | ALLOWED",
  })
  void takesNatsOrdersByTheSameRule(String servers, AuthMode mode, boolean allowInsecure,
      Outcome expected) {
    assertThat(BindPolicy.checkNatsOrderEntry(servers, mode, allowInsecure).outcome())
        .isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void aNatsRefusalNamesTheHostAndTheWaysOutButNeverThePassword() {
    BindVerdict verdict = BindPolicy.checkNatsOrderEntry("nats://oes:hunter2@10.0.0.5:4222",
        AuthMode.OFF, false);

    assertThat(verdict.isRefused()).isTrue();
    assertThat(verdict.message()).contains("events.address (NATS 10.0.0.5)",
        "security.api_keys", "security.allow_insecure_bind: true").doesNotContain("hunter2");
  }
}
