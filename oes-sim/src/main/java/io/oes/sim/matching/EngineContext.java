package io.oes.sim.matching;

import io.oes.sim.account.AccountRegistry;
import io.oes.sim.rules.OrderFilters;
import java.time.InstantSource;

/**
 * What every symbol engine shares: fees, accounts, filters, the order event feed and the clock.
 */
public record EngineContext(FeeSchedule fees, AccountRegistry accounts, OrderFilters filters,
    OrderEventListener listener, InstantSource clock) {}
