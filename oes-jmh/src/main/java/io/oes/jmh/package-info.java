/**
 * JMH micro-benchmarks of the work oes does for every order: validation against the symbol's
 * rules, wire double ↔ exact decimal, applying an exchange report to an order, encoding the b25
 * event JSON, signing the exchange request, and the cost of one durable commit of the embedded
 * store on this disk (the floor under the two commits on every order's path). Run with {@code java -jar
 * oes-jmh/target/oes-jmh.jar} (see BENCHMARKS.md); never part of the test command.
 */
package io.oes.jmh;
