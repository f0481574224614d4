package io.oes.server.config;

import io.oes.server.config.value.ConfigChoice;

/** Where order updates and fills are published. */
public enum EventsType implements ConfigChoice {
  /** An in-process bus. */
  MEMORY,
  /** A NATS server. */
  NATS
}
