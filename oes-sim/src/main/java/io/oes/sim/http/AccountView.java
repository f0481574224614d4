package io.oes.sim.http;

import io.oes.sim.account.Account;
import io.oes.sim.margin.Exposure;
import io.oes.sim.margin.MarginTotals;
import io.oes.sim.rules.LeverageBrackets;
import io.oes.sim.wire.WireDecimals;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bodies of {@code GET /fapi/v3/account} (reference §3d) and {@code /fapi/v2/account}, which
 * adds the account flags, every symbol's position and leverage. One quote asset, USDT, held in
 * cross margin.
 */
final class AccountView {
  private AccountView() {}

  static Map<String, Object> v3(Account account, List<Exposure> exposures) {
    MarginTotals totals = MarginTotals.of(account.walletBalance(), exposures);
    Map<String, Object> json = new LinkedHashMap<>();
    putTotals(json, totals);
    json.put("assets", List.of(asset(account, totals)));
    json.put("positions", exposures.stream().filter(Exposure::isOpen)
        .map(AccountView::position).toList());
    return json;
  }

  static Map<String, Object> v2(Account account, List<Exposure> exposures) {
    MarginTotals totals = MarginTotals.of(account.walletBalance(), exposures);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("feeTier", 0);
    json.put("feeBurn", false);
    json.put("canTrade", true);
    json.put("canDeposit", true);
    json.put("canWithdraw", true);
    json.put("updateTime", 0);
    json.put("multiAssetsMargin", false);
    json.put("tradeGroupId", -1);
    putTotals(json, totals);
    Map<String, Object> asset = asset(account, totals);
    asset.put("marginAvailable", true);
    json.put("assets", List.of(asset));
    json.put("positions", exposures.stream().map(AccountView::positionV2).toList());
    return json;
  }

  /** The body of {@code GET /fapi/v2/balance} and {@code /fapi/v3/balance}: one USDT entry. */
  static List<Map<String, Object>> balance(Account account, List<Exposure> exposures) {
    MarginTotals totals = MarginTotals.of(account.walletBalance(), exposures);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("accountAlias", "SimAccount");
    json.put("asset", "USDT");
    json.put("balance", plain(totals.wallet()));
    json.put("crossWalletBalance", plain(totals.wallet()));
    json.put("crossUnPnl", plain(totals.unrealized()));
    json.put("availableBalance", plain(totals.available()));
    json.put("maxWithdrawAmount", plain(totals.maxWithdraw()));
    json.put("marginAvailable", true);
    json.put("updateTime", account.walletUpdateTimeMillis());
    return List.of(json);
  }

  private static Map<String, Object> asset(Account account, MarginTotals totals) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("asset", "USDT");
    json.put("walletBalance", plain(totals.wallet()));
    json.put("unrealizedProfit", plain(totals.unrealized()));
    json.put("marginBalance", plain(totals.marginBalance()));
    json.put("maintMargin", plain(totals.maint()));
    json.put("initialMargin", plain(totals.initial()));
    json.put("positionInitialMargin", plain(totals.positionInitial()));
    json.put("openOrderInitialMargin", plain(totals.openOrderInitial()));
    json.put("crossWalletBalance", plain(totals.wallet()));
    json.put("crossUnPnl", plain(totals.unrealized()));
    json.put("availableBalance", plain(totals.available()));
    json.put("maxWithdrawAmount", plain(totals.maxWithdraw()));
    json.put("updateTime", account.walletUpdateTimeMillis());
    return json;
  }

  private static Map<String, Object> position(Exposure exposure) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("symbol", exposure.symbol());
    json.put("positionSide", exposure.positionSide().name());
    json.put("positionAmt", plain(exposure.position().positionAmt()));
    json.put("unrealizedProfit", plain(exposure.unrealizedProfit()));
    json.put("isolatedMargin", "0");
    json.put("notional", plain(exposure.notional()));
    json.put("isolatedWallet", "0");
    json.put("initialMargin", plain(exposure.initialMargin()));
    json.put("maintMargin", plain(exposure.maintMargin()));
    json.put("updateTime", exposure.position().updateTimeMillis());
    return json;
  }

  private static Map<String, Object> positionV2(Exposure exposure) {
    Map<String, Object> json = position(exposure);
    json.put("positionInitialMargin", plain(exposure.positionInitialMargin()));
    json.put("openOrderInitialMargin", plain(exposure.openOrderInitialMargin()));
    json.put("leverage", String.valueOf(exposure.leverage()));
    json.put("isolated", false);
    json.put("entryPrice", plain(exposure.position().entryPrice()));
    json.put("breakEvenPrice", plain(exposure.position().entryPrice()));
    json.put("maxNotional", plain(
        LeverageBrackets.maxNotional(exposure.leverage())));
    json.put("bidNotional", plain(exposure.bidNotional()));
    json.put("askNotional", plain(exposure.askNotional()));
    return json;
  }

  private static String plain(BigDecimal value) {
    return WireDecimals.plain(value);
  }

  private static void putTotals(Map<String, Object> json, MarginTotals totals) {
    json.put("totalInitialMargin", plain(totals.initial()));
    json.put("totalMaintMargin", plain(totals.maint()));
    json.put("totalWalletBalance", plain(totals.wallet()));
    json.put("totalUnrealizedProfit", plain(totals.unrealized()));
    json.put("totalMarginBalance", plain(totals.marginBalance()));
    json.put("totalPositionInitialMargin", plain(totals.positionInitial()));
    json.put("totalOpenOrderInitialMargin", plain(totals.openOrderInitial()));
    json.put("totalCrossWalletBalance", plain(totals.wallet()));
    json.put("totalCrossUnPnl", plain(totals.unrealized()));
    json.put("availableBalance", plain(totals.available()));
    json.put("maxWithdrawAmount", plain(totals.maxWithdraw()));
  }
}
