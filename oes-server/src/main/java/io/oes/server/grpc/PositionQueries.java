package io.oes.server.grpc;

import io.oes.api.GetPositionsRequest;
import io.oes.api.GetPositionsResponse;
import io.oes.core.order.Decimals;
import io.oes.core.position.Position;
import io.oes.core.position.PositionLedger;
import io.oes.core.symbol.MarkPrices;
import java.math.BigDecimal;
import java.util.Map;

/**
 * GetPositions: the ledger's positions, filtered, each valued at the mark price its account's
 * gateway holds. Thread-safe; answers from memory without blocking.
 */
public final class PositionQueries {
  private final PositionLedger ledger;
  private final Map<String, MarkPrices> marksByAccount;

  /** @param marksByAccount the latest mark prices of each account, by account id */
  public PositionQueries(PositionLedger ledger, Map<String, MarkPrices> marksByAccount) {
    this.ledger = ledger;
    this.marksByAccount = Map.copyOf(marksByAccount);
  }

  /**
   * The positions that match the request's account and symbol (empty: any) and {@code user}
   * (empty: every user; the caller's ownership already applied).
   */
  public GetPositionsResponse answer(GetPositionsRequest request, String user) {
    String account = request.getAccountId();
    String symbol = request.getSymbol();
    GetPositionsResponse.Builder response = GetPositionsResponse.newBuilder();
    ledger.positions(key -> (account.isEmpty() || account.equals(key.accountId()))
            && (symbol.isEmpty() || symbol.equals(key.symbol()))
            && (user.isEmpty() || user.equals(key.userId())))
        .forEach(p -> response.addPositions(toProto(p, markOf(p))));
    return response.build();
  }

  private BigDecimal markOf(Position position) {
    MarkPrices marks = marksByAccount.get(position.key().accountId());
    return marks == null ? null : marks.of(position.key().symbol()).orElse(null);
  }

  static io.oes.api.Position toProto(Position p, BigDecimal mark) {
    BigDecimal unrealized = mark == null ? null : p.unrealizedPnl(mark);
    return io.oes.api.Position.newBuilder()
        .setAccountId(p.key().accountId())
        .setUserId(p.key().userId())
        .setSymbol(p.key().symbol())
        .setSize(Decimals.toWire(p.size()))
        .setEntryPrice(Decimals.toWire(p.entryPrice()))
        .setMarkPrice(Decimals.toWire(mark))
        .setUnrealizedPnl(Decimals.toWire(unrealized))
        .setRealizedPnl(Decimals.toWire(p.realizedPnl()))
        .setFees(Decimals.toWire(p.fees()))
        .setSizeDecimal(Decimals.plain(p.size()))
        .setEntryPriceDecimal(Decimals.plain(p.entryPrice()))
        .setMarkPriceDecimal(Decimals.plain(mark))
        .setUnrealizedPnlDecimal(Decimals.plain(unrealized))
        .setRealizedPnlDecimal(Decimals.plain(p.realizedPnl()))
        .setFeesDecimal(Decimals.plain(p.fees()))
        .build();
  }
}
