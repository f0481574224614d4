package io.oes.sim.http;

import io.oes.sim.account.Account;
import io.oes.sim.rules.LeverageBrackets;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The bodies of {@code GET /fapi/v3/account} (reference §3d) and {@code /fapi/v2/account}, which
 * adds the account flags, every symbol's position and leverage. One quote asset, USDT, held in
 * cross margin.
 */
final class AccountView {
  private AccountView() {}

  static Map<String, Object> v3(Account account, List<Exposure> exposures) {
    Totals totals = Totals.of(account, exposures);
    Map<String, Object> json = new LinkedHashMap<>();
    totals.putInto(json);
    json.put("assets", List.of(asset(account, totals)));
    json.put("positions", exposures.stream().filter(Exposure::isOpen)
        .map(AccountView::position).toList());
    return json;
  }

  static Map<String, Object> v2(Account account, List<Exposure> exposures) {
    Totals totals = Totals.of(account, exposures);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("feeTier", 0);
    json.put("feeBurn", false);
    json.put("canTrade", true);
    json.put("canDeposit", true);
    json.put("canWithdraw", true);
    json.put("updateTime", 0);
    json.put("multiAssetsMargin", false);
    json.put("tradeGroupId", -1);
    totals.putInto(json);
    Map<String, Object> asset = asset(account, totals);
    asset.put("marginAvailable", true);
    json.put("assets", List.of(asset));
    json.put("positions", exposures.stream().map(AccountView::positionV2).toList());
    return json;
  }

  /** The body of {@code GET /fapi/v2/balance} and {@code /fapi/v3/balance}: one USDT entry. */
  static List<Map<String, Object>> balance(Account account, List<Exposure> exposures) {
    Totals totals = Totals.of(account, exposures);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("accountAlias", "SimAccount");
    json.put("asset", "USDT");
    json.put("balance", plain(totals.wallet));
    json.put("crossWalletBalance", plain(totals.wallet));
    json.put("crossUnPnl", plain(totals.unrealized));
    json.put("availableBalance", plain(totals.available()));
    json.put("maxWithdrawAmount", plain(totals.maxWithdraw()));
    json.put("marginAvailable", true);
    json.put("updateTime", account.walletUpdateTimeMillis());
    return List.of(json);
  }

  private static Map<String, Object> asset(Account account, Totals totals) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("asset", "USDT");
    json.put("walletBalance", plain(totals.wallet));
    json.put("unrealizedProfit", plain(totals.unrealized));
    json.put("marginBalance", plain(totals.marginBalance()));
    json.put("maintMargin", plain(totals.maint));
    json.put("initialMargin", plain(totals.initial()));
    json.put("positionInitialMargin", plain(totals.positionInitial));
    json.put("openOrderInitialMargin", plain(totals.openOrderInitial));
    json.put("crossWalletBalance", plain(totals.wallet));
    json.put("crossUnPnl", plain(totals.unrealized));
    json.put("availableBalance", plain(totals.available()));
    json.put("maxWithdrawAmount", plain(totals.maxWithdraw()));
    json.put("updateTime", account.walletUpdateTimeMillis());
    return json;
  }

  private static Map<String, Object> position(Exposure exposure) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("symbol", exposure.symbol());
    json.put("positionSide", "BOTH");
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

  /** The account-wide sums. */
  private record Totals(BigDecimal wallet, BigDecimal unrealized, BigDecimal positionInitial,
      BigDecimal openOrderInitial, BigDecimal maint) {

    static Totals of(Account account, List<Exposure> exposures) {
      return new Totals(account.walletBalance(), sum(exposures, Exposure::unrealizedProfit),
          sum(exposures, Exposure::positionInitialMargin),
          sum(exposures, Exposure::openOrderInitialMargin), sum(exposures, Exposure::maintMargin));
    }

    BigDecimal initial() {
      return positionInitial.add(openOrderInitial);
    }

    BigDecimal marginBalance() {
      return wallet.add(unrealized);
    }

    BigDecimal available() {
      return marginBalance().subtract(initial()).max(BigDecimal.ZERO);
    }

    BigDecimal maxWithdraw() {
      return available().min(wallet);
    }

    void putInto(Map<String, Object> json) {
      json.put("totalInitialMargin", plain(initial()));
      json.put("totalMaintMargin", plain(maint));
      json.put("totalWalletBalance", plain(wallet));
      json.put("totalUnrealizedProfit", plain(unrealized));
      json.put("totalMarginBalance", plain(marginBalance()));
      json.put("totalPositionInitialMargin", plain(positionInitial));
      json.put("totalOpenOrderInitialMargin", plain(openOrderInitial));
      json.put("totalCrossWalletBalance", plain(wallet));
      json.put("totalCrossUnPnl", plain(unrealized));
      json.put("availableBalance", plain(available()));
      json.put("maxWithdrawAmount", plain(maxWithdraw()));
    }

    private static BigDecimal sum(List<Exposure> exposures, Function<Exposure, BigDecimal> of) {
      return exposures.stream().map(of).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }
}
