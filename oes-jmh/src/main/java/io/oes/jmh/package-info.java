/**
 * JMH micro-benchmarks of the work oes does for every order: validation against the symbol's
 * rules, wire double ↔ exact decimal, applying an exchange report to an order, encoding the b25
 * event JSON, and signing the exchange request. Run with {@code java -jar
 * oes-jmh/target/oes-jmh.jar} (see BENCHMARKS.md); never part of the test command.
 */
package io.oes.jmh;
