package io.oes.server.config.value;

import java.util.Locale;

/** An enum that appears in YAML as its lower-case name ({@code sim}, {@code redis}, …). */
public interface ConfigChoice {

  /** The enum constant's name, as Java sees it. */
  String name();

  /** How the value is written in YAML and environment variables. */
  default String configName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
