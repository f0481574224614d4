package io.oes.sim.matching;

import io.oes.sim.account.Account.Booking;
import io.oes.sim.order.ExecutionType;
import io.oes.sim.order.OrderSnapshot;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One change of one order, with what a user data stream needs to report it.
 *
 * @param accountId the account owning the order
 * @param order the order right after the change
 * @param executionType what happened: NEW, TRADE, CANCELED, EXPIRED or AMENDMENT
 * @param fill for TRADE, the booked trade with the wallet and position after it
 * @param bidNotional the account's open buy notional on the symbol after the change
 * @param askNotional the account's open sell notional on the symbol after the change
 * @param markPrice the symbol's mark price at the time of the change
 * @param eventTimeMillis when the change happened, epoch milliseconds
 */
public record OrderEvent(
    long accountId,
    OrderSnapshot order,
    ExecutionType executionType,
    Optional<Booking> fill,
    BigDecimal bidNotional,
    BigDecimal askNotional,
    BigDecimal markPrice,
    long eventTimeMillis) {}
