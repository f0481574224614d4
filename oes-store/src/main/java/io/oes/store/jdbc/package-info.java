/**
 * The durable order store: PostgreSQL in production, an embedded H2 file by default, one schema
 * and one set of Flyway migrations for both. Writes are group-committed by a writer thread off
 * the request path; reads see every append through an overlay of not-yet-committed orders.
 * Entry point: {@link io.oes.store.jdbc.JdbcOrderStore}.
 */
package io.oes.store.jdbc;
