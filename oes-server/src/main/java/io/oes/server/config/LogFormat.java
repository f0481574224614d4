package io.oes.server.config;

import io.oes.server.config.value.ConfigChoice;

/** How log lines are written to the console. */
public enum LogFormat implements ConfigChoice {
  /** One human-readable line per event. */
  TEXT,
  /** One JSON object per line, for log shippers. */
  JSON
}
