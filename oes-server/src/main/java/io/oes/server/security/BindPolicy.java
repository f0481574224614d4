package io.oes.server.security;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the gateway may listen on a host with the security it has. Anyone who can reach an
 * unauthenticated gateway can trade, so a non-loopback host without authentication is refused
 * unless explicitly allowed; plaintext with authentication is allowed but warned about, since
 * keys then cross the network readable.
 */
public final class BindPolicy {

  private BindPolicy() {}

  /**
   * The verdict for serving on {@code host}.
   *
   * @param host the configured {@code server.host}
   * @param authMode whether calls must authenticate
   * @param tlsEnabled whether the gRPC port uses TLS
   * @param allowInsecure {@code security.allow_insecure_bind}
   */
  public static BindVerdict check(String host, AuthMode authMode, boolean tlsEnabled,
      boolean allowInsecure) {
    if (isLoopback(host)) {
      return BindVerdict.allowed();
    }
    if (!authMode.isOn()) {
      return allowInsecure
          ? BindVerdict.warning("server.host " + host + " is reachable from the network and "
              + "authentication is off (security.allow_insecure_bind: true): anyone who can "
              + "reach it can trade")
          : BindVerdict.refused("server.host " + host + " is not a loopback address and "
              + "authentication is off: configure security.api_keys (mint one with `oes key "
              + "mint`), or set server.host to 127.0.0.1, or set "
              + "security.allow_insecure_bind: true to let anyone who can reach it trade");
    }
    if (!tlsEnabled) {
      return BindVerdict.warning("server.host " + host + " serves gRPC without TLS: API keys "
          + "cross the network in plain text (configure security.grpc_tls)");
    }
    return BindVerdict.allowed();
  }

  /**
   * The verdict for taking orders over NATS from {@code natsServers} ({@code events.address}):
   * the same rule as for {@code server.host}, since anyone who can publish to that server can
   * send orders. A server on loopback is allowed; elsewhere authentication is needed (or the
   * explicit opt-in), and without TLS ({@code tls://}) the keys cross the network readable.
   * Names hosts only, never a password of the address.
   */
  public static BindVerdict checkNatsOrderEntry(String natsServers, AuthMode authMode,
      boolean allowInsecure) {
    List<URI> servers = natsServers(natsServers);
    List<String> remote = servers.stream()
        .map(uri -> uri.getHost() == null ? "an address without a host" : uri.getHost())
        .filter(host -> !isLoopback(host)).toList();
    if (remote.isEmpty()) {
      return BindVerdict.allowed();
    }
    String where = "events.address (NATS " + String.join(", ", remote) + ")";
    if (!authMode.isOn()) {
      return allowInsecure
          ? BindVerdict.warning(where + " is reachable from the network and authentication is "
              + "off (security.allow_insecure_bind: true): anyone who can publish to "
              + "orders.requests.* there can trade")
          : BindVerdict.refused(where + " is not a loopback address and authentication is off, "
              + "so NATS order entry would let anyone who can publish to it trade: configure "
              + "security.api_keys (mint one with `oes key mint`), or use a NATS server on "
              + "loopback, or set security.allow_insecure_bind: true (for instance when the "
              + "NATS server itself restricts who may publish to orders.requests.*)");
    }
    boolean allTls = servers.stream()
        .allMatch(uri -> TLS_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT)));
    return allTls ? BindVerdict.allowed()
        : BindVerdict.warning(where + " takes NATS order requests without TLS: API keys cross "
            + "the network in plain text (use a tls:// address)");
  }

  private static final Set<String> TLS_SCHEMES = Set.of("tls", "opentls");

  /** Each server of a comma-separated NATS address; a bare {@code host:port} is {@code nats}. */
  private static List<URI> natsServers(String servers) {
    List<URI> uris = new ArrayList<>();
    for (String server : servers.split(",")) {
      String text = server.strip();
      try {
        uris.add(new URI(text.contains("://") ? text : "nats://" + text));
      } catch (URISyntaxException e) {
        uris.add(URI.create("nats:unparsable")); // no host: not loopback
      }
    }
    return uris;
  }

  /**
   * Whether every address {@code host} stands for is a loopback address; a name that does not
   * resolve, and the wildcard ({@code 0.0.0.0}, {@code ::}), are not.
   */
  static boolean isLoopback(String host) {
    String bare = host.strip();
    if (bare.startsWith("[") && bare.endsWith("]")) {
      bare = bare.substring(1, bare.length() - 1);
    }
    if (bare.isEmpty()) {
      return false;
    }
    try {
      InetAddress[] addresses = InetAddress.getAllByName(bare);
      for (InetAddress address : addresses) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return addresses.length > 0;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
