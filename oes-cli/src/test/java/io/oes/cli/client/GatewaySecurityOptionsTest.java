package io.oes.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.oes.cli.CliRun;
import io.oes.server.security.TlsSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code --api-key}, {@code --tls}, {@code --ca-cert}, {@code --client-cert} and {@code
 * --client-key} against a server that authenticates like the gateway, over plaintext and over
 * mutual TLS with certificates made by {@code openssl} at test time.
 */
class GatewaySecurityOptionsTest {

  private static final String KEY = "oes_cli-test-key-3b5d7f9a1c";

  @Test
  void theApiKeyIsSentAsABearerTokenAndMakesTheCallerItsUser() throws IOException {
    try (SecuredGateway server = new SecuredGateway(KEY, null)) {
      CliRun run = CliRun.of("order", "list", "--json", "--target", server.target(),
          "--api-key", KEY);

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("\"userId\": \"alice\"");
    }
  }

  @Test
  void withoutAKeyTheCallFailsUnauthenticated() throws IOException {
    try (SecuredGateway server = new SecuredGateway(KEY, null)) {
      CliRun run = CliRun.of("order", "list", "--target", server.target());

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains("UNAUTHENTICATED");
    }
  }

  @Test
  void mutualTlsWorksWithTheCaAndAClientCertificate() throws Exception {
    Path pki = Files.createTempDirectory("oes-cli-pki");
    makeCertificates(pki);
    TlsSettings tls = TlsSettings.mutual(pki.resolve("server.crt"), pki.resolve("server.key"),
        pki.resolve("ca.crt"));
    try (SecuredGateway server = new SecuredGateway(KEY, tls)) {
      CliRun withCertificate = CliRun.of("order", "list", "--json", "--target", server.target(),
          "--api-key", KEY, "--ca-cert", pki.resolve("ca.crt").toString(),
          "--client-cert", pki.resolve("client.crt").toString(),
          "--client-key", pki.resolve("client.key").toString());
      CliRun withoutCertificate = CliRun.of("order", "list", "--target", server.target(),
          "--api-key", KEY, "--ca-cert", pki.resolve("ca.crt").toString());

      assertThat(withCertificate.exitCode()).as(withCertificate.err()).isZero();
      assertThat(withCertificate.out()).contains("\"userId\": \"alice\"");
      assertThat(withoutCertificate.exitCode()).isEqualTo(1);
      assertThat(withoutCertificate.err()).contains("UNAVAILABLE");
    }
  }

  @Test
  void aClientCertificateWithoutItsKeyIsAUsageError() {
    CliRun run = CliRun.of("order", "list", "--client-cert", "client.crt");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--client-cert and --client-key go together");
  }

  @Test
  void theKeyNeverPrintsInTheSecuritySettings() {
    ClientSecurity security = new ClientSecurity(java.util.Optional.of(KEY), false,
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty());

    assertThat(security.toString()).doesNotContain(KEY).contains("apiKey=***");
  }

  private static void makeCertificates(Path dir) throws Exception {
    String ec = "ec_paramgen_curve:prime256v1";
    openssl(dir, "req", "-x509", "-newkey", "ec", "-pkeyopt", ec, "-nodes", "-keyout", "ca.key",
        "-out", "ca.crt", "-days", "2", "-subj", "/CN=oes-cli-test-ca",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign");
    Files.writeString(dir.resolve("server.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    Files.writeString(dir.resolve("client.ext"), "extendedKeyUsage=clientAuth\n");
    for (String leaf : List.of("server", "client")) {
      openssl(dir, "req", "-newkey", "ec", "-pkeyopt", ec, "-nodes", "-keyout", leaf + ".key",
          "-out", leaf + ".csr", "-subj", "/CN=" + (leaf.equals("server") ? "localhost" : "alice"));
      openssl(dir, "x509", "-req", "-in", leaf + ".csr", "-CA", "ca.crt", "-CAkey", "ca.key",
          "-set_serial", String.valueOf(System.nanoTime()), "-days", "2",
          "-extfile", leaf + ".ext", "-out", leaf + ".crt");
    }
  }

  private static void openssl(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("openssl"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("openssl " + String.join(" ", args) + " failed: " + output);
    }
  }
}
