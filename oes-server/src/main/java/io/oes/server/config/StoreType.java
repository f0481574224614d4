package io.oes.server.config;

import io.oes.server.config.value.ConfigChoice;

/** Where orders, their journal and fills are kept. */
public enum StoreType implements ConfigChoice {
  /** In the process's memory: lost on exit. */
  MEMORY,
  /** An embedded SQLite database file, synced at every commit. */
  SQLITE,
  /** A PostgreSQL server. */
  POSTGRES
}
