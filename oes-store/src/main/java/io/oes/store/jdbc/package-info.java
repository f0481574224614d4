/**
 * The durable order store: PostgreSQL in production, an embedded SQLite file by default, the
 * same tables in both (Flyway migrations per database under the same versions). Writes are
 * group-committed by a writer thread off the request path; reads see every append through an
 * overlay of not-yet-committed orders. Entry point: {@link io.oes.store.jdbc.JdbcOrderStore}.
 */
package io.oes.store.jdbc;
