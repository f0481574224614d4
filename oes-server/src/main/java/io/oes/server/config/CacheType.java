package io.oes.server.config;

import io.oes.server.config.value.ConfigChoice;

/** Where the b25-compatible order cache lives. */
public enum CacheType implements ConfigChoice {
  /** In the process's memory. */
  MEMORY,
  /** A Redis server. */
  REDIS
}
