/**
 * The order lifecycle in one place: the events that can happen to an order ({@link
 * io.oes.core.lifecycle.LifecycleEvent}, a sealed set), the one table of where each leads from
 * each state ({@link io.oes.core.lifecycle.OrderLifecycle}), and how an exchange report moves
 * an order ({@link io.oes.core.lifecycle.ReportApplier}). Reports may arrive late, twice or out
 * of order; applying one that brings nothing new changes nothing.
 */
package io.oes.core.lifecycle;
