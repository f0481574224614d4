/**
 * The service-wide, ordered feed of order changes: every transition becomes an {@link
 * io.oes.core.feed.OrderEvent} with a gap-free sequence number, fed to the store, the cache,
 * the event bus and the live subscribers from one place.
 */
package io.oes.core.feed;
