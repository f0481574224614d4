/**
 * What the gateway rebuilds at start from the store before any order is admitted (the kill
 * switch, positions, daily order counts), and the check of the rebuilt positions against the
 * exchange's.
 */
package io.oes.server.recovery;
