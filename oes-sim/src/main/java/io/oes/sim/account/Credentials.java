package io.oes.sim.account;

/**
 * An API key and its HMAC secret.
 *
 * @param apiKey sent by clients in the {@code X-MBX-APIKEY} header
 * @param secretKey the HMAC-SHA256 key of the request signatures; never logged
 */
public record Credentials(String apiKey, String secretKey) {

  @Override
  public String toString() {
    return "Credentials[apiKey=" + apiKey + ", secretKey=***]";
  }
}
