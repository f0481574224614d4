/**
 * How the messaging adapters report their state: {@link
 * io.oes.messaging.health.ComponentHealth} for the gateway's health checks and {@link
 * io.oes.messaging.health.FailureBurst} for counting failures and logging them once per burst.
 */
package io.oes.messaging.health;
