package io.oes.cli.output;

import io.oes.api.Position;
import java.io.PrintWriter;
import java.util.List;

/** Positions as people read them: one row per account, symbol and user. */
public final class PositionFormat {

  private PositionFormat() {}

  /** One row per position, in the server's order; "-" where the mark price is unknown. */
  public static void table(List<Position> positions, PrintWriter out) {
    Table table = new Table("ACCOUNT", "SYMBOL", "USER", "SIZE", "ENTRY PRICE", "MARK PRICE",
        "UNREALIZED PNL", "REALIZED PNL", "FEES");
    for (Position p : positions) {
      table.row(p.getAccountId(), p.getSymbol(), p.getUserId(),
          OrderFormat.decimal(p.getSizeDecimal(), p.getSize()),
          OrderFormat.decimal(p.getEntryPriceDecimal(), p.getEntryPrice()),
          orDash(p.getMarkPriceDecimal()), orDash(p.getUnrealizedPnlDecimal()),
          OrderFormat.decimal(p.getRealizedPnlDecimal(), p.getRealizedPnl()),
          OrderFormat.decimal(p.getFeesDecimal(), p.getFees()));
    }
    table.print(out);
  }

  private static String orDash(String exact) {
    return exact.isEmpty() ? "-" : exact;
  }
}
