/**
 * The service-wide, ordered feed of order changes: every transition becomes an {@link
 * io.oes.core.feed.OrderEvent} with a gap-free sequence number, fed to the store, the cache,
 * the event bus and the live subscribers from one place. Emitting takes no lock: an account's
 * writer claims the next sequence and leaves the event in a ring ({@code DeliveryRing}); the
 * feed's one delivery thread hands the events on in sequence order.
 */
package io.oes.core.feed;
