package io.oes.messaging.memory;

import io.oes.core.feed.OrderEvent;
import io.oes.core.port.EventPublisher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The event bus of the embedded default: order events go to in-process listeners, keyed by
 * the same subjects as on NATS ({@code orders.updates.SYMBOL}, {@code orders.fills.SYMBOL}).
 */
public final class InProcessEventBus implements EventPublisher {
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  private record Listener(String subjectPrefix, Consumer<OrderEvent> consumer) {}

  @Override
  public void publish(OrderEvent event) {
    String updates = updatesSubject(event.order().symbol());
    String fills = fillsSubject(event.order().symbol());
    for (Listener listener : listeners) {
      if (updates.startsWith(listener.subjectPrefix())
          || (event.fill() != null && fills.startsWith(listener.subjectPrefix()))) {
        listener.consumer().accept(event);
      }
    }
  }

  /**
   * Listens to every subject starting with {@code subjectPrefix} (e.g. {@code orders.updates.}
   * for all symbols). The consumer runs on the publishing thread and must not block.
   */
  public void subscribe(String subjectPrefix, Consumer<OrderEvent> consumer) {
    listeners.add(new Listener(subjectPrefix, consumer));
  }

  public static String updatesSubject(String symbol) {
    return "orders.updates." + symbol;
  }

  public static String fillsSubject(String symbol) {
    return "orders.fills." + symbol;
  }
}
