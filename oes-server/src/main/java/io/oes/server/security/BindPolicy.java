package io.oes.server.security;

import java.net.InetAddress;
import java.net.UnknownHostException;

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
