/**
 * Several instances on one PostgreSQL: which accounts this instance owns (a lease each, with
 * the fence its journal commits carry), waiting for them at start, keeping them, and what
 * happens when one is lost.
 */
package io.oes.server.cluster;
