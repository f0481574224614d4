package io.oes.sim.matching;

import io.oes.sim.account.AccountRegistry;
import io.oes.sim.margin.MarkPrices;
import io.oes.sim.rules.OrderFilters;
import java.time.InstantSource;

/**
 * What every symbol engine shares: fees, accounts, filters, the order event feed, the clock and
 * the board every engine publishes its mark price on.
 */
public record EngineContext(FeeSchedule fees, AccountRegistry accounts, OrderFilters filters,
    OrderEventListener listener, InstantSource clock, MarkPrices marks) {}
