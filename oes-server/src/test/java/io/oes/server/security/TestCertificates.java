package io.oes.server.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away PKI made with {@code openssl} at test time: a CA, a server certificate for
 * localhost / 127.0.0.1, a client certificate (CN alice-bot) signed by that CA, and a client
 * certificate (same CN) from another CA. EC P-256 keys, unencrypted PKCS#8 PEM. Made once per
 * test run.
 */
final class TestCertificates {

  private static TestCertificates shared;

  final Path dir;
  final Path caCert;
  final Path serverCert;
  final Path serverKey;
  final Path clientCert;
  final Path clientKey;
  final Path strangerCert;
  final Path strangerKey;

  private TestCertificates(Path dir) {
    this.dir = dir;
    this.caCert = dir.resolve("ca.crt");
    this.serverCert = dir.resolve("server.crt");
    this.serverKey = dir.resolve("server.key");
    this.clientCert = dir.resolve("client.crt");
    this.clientKey = dir.resolve("client.key");
    this.strangerCert = dir.resolve("stranger.crt");
    this.strangerKey = dir.resolve("stranger.key");
  }

  static synchronized TestCertificates get() {
    if (shared == null) {
      try {
        Path dir = Files.createTempDirectory("oes-test-pki");
        dir.toFile().deleteOnExit();
        shared = new TestCertificates(dir).generate();
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException("cannot make test certificates with openssl", e);
      }
    }
    return shared;
  }

  private TestCertificates generate() throws IOException, InterruptedException {
    authority("ca", "oes-test-ca");
    authority("other-ca", "someone-elses-ca");
    Files.writeString(dir.resolve("server.ext"),
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
    Files.writeString(dir.resolve("client.ext"), "extendedKeyUsage=clientAuth\n");
    leaf("server", "localhost", "ca", "server.ext");
    leaf("client", "alice-bot", "ca", "client.ext");
    leaf("stranger", "alice-bot", "other-ca", "client.ext");
    return this;
  }

  private void authority(String name, String cn) throws IOException, InterruptedException {
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
        "-nodes", "-keyout", name + ".key", "-out", name + ".crt", "-days", "2",
        "-subj", "/CN=" + cn,
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign");
  }

  private void leaf(String name, String cn, String ca, String extensions)
      throws IOException, InterruptedException {
    openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", name + ".key", "-out", name + ".csr", "-subj", "/CN=" + cn);
    openssl("x509", "-req", "-in", name + ".csr", "-CA", ca + ".crt", "-CAkey", ca + ".key",
        "-set_serial", String.valueOf(System.nanoTime()), "-days", "2",
        "-extfile", extensions, "-out", name + ".crt");
  }

  private void openssl(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("openssl"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("openssl " + String.join(" ", args) + " failed: " + output);
    }
  }
}
