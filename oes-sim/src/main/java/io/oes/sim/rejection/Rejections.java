package io.oes.sim.rejection;

import java.math.BigDecimal;

/** The Binance error codes the simulator answers with, each with the message Binance sends. */
public final class Rejections {
  private Rejections() {}

  public static Rejection invalidApiKey() {
    return new Rejection(401, -2015, "Invalid API-key, IP, or permissions for action.");
  }

  public static Rejection badSignature() {
    return Rejection.badRequest(-1022, "Signature for this request is not valid.");
  }

  public static Rejection timestampOutsideRecvWindow() {
    return Rejection.badRequest(
        -1021, "Timestamp for this request is outside of the recvWindow.");
  }

  public static Rejection timestampAheadOfServer() {
    return Rejection.badRequest(
        -1021, "Timestamp for this request was 1000ms ahead of the server's time.");
  }

  public static Rejection mandatoryParameter(String name) {
    return Rejection.badRequest(
        -1102,
        "Mandatory parameter '" + name + "' was not sent, was empty/null, or malformed.");
  }

  public static Rejection invalidParameter(String name) {
    return Rejection.badRequest(-1130, "Data sent for parameter '" + name + "' is not valid.");
  }

  /** session.logon with an HMAC key: Binance logs sessions on with Ed25519 keys only. */
  public static Rejection hmacSessionNotSupported() {
    return Rejection.badRequest(-4056, "HMAC_SHA256 API key is not supported.");
  }

  public static Rejection invalidSymbol() {
    return Rejection.badRequest(-1121, "Invalid symbol.");
  }

  public static Rejection invalidOrderType() {
    return Rejection.badRequest(-1116, "Invalid orderType.");
  }

  public static Rejection invalidTimeInForce() {
    return Rejection.badRequest(-1115, "Invalid timeInForce.");
  }

  public static Rejection invalidSide() {
    return Rejection.badRequest(-1117, "Invalid side.");
  }

  public static Rejection invalidResponseType() {
    return Rejection.badRequest(-1136, "Invalid newOrderRespType.");
  }

  public static Rejection useAlgoOrderApi() {
    return Rejection.badRequest(
        -4120,
        "Order type not supported for this endpoint. Please use the Algo Order API endpoints"
            + " instead.");
  }

  public static Rejection positionSideMismatch() {
    return Rejection.badRequest(-4061, "Order's position side does not match user's setting.");
  }

  public static Rejection badPrecision() {
    return Rejection.badRequest(-1111, "Precision is over the maximum defined for this asset.");
  }

  public static Rejection priceNotOnTick() {
    return Rejection.badRequest(-4014, "Price not increased by tick size.");
  }

  public static Rejection priceBelowMinimum() {
    return Rejection.badRequest(-4013, "Price less than min price.");
  }

  public static Rejection priceAboveMaximum() {
    return Rejection.badRequest(-4002, "Price greater than max price.");
  }

  public static Rejection quantityNotPositive() {
    return Rejection.badRequest(-4003, "Quantity less than or equal to zero.");
  }

  public static Rejection quantityBelowMinimum() {
    return Rejection.badRequest(-4004, "Quantity less than min qty.");
  }

  public static Rejection quantityAboveMaximum() {
    return Rejection.badRequest(-4005, "Quantity greater than max qty.");
  }

  public static Rejection quantityNotOnStep() {
    return Rejection.badRequest(-4023, "Quantity not increased by step size.");
  }

  public static Rejection notionalTooSmall(BigDecimal minNotional) {
    return Rejection.badRequest(
        -4164,
        "Order's notional must be no smaller than "
            + minNotional.toPlainString()
            + " (unless you choose reduce only).");
  }

  public static Rejection priceAboveCap(BigDecimal cap) {
    return Rejection.badRequest(-4016, "Limit price can't be higher than " + cap.toPlainString() + ".");
  }

  public static Rejection priceBelowFloor(BigDecimal floor) {
    return Rejection.badRequest(-4024, "Limit price can't be lower than " + floor.toPlainString() + ".");
  }

  public static Rejection invalidClientOrderId() {
    return Rejection.badRequest(-4015, "Client order id is not valid.");
  }

  public static Rejection duplicatedClientOrderId() {
    return Rejection.badRequest(-4116, "ClientOrderId is duplicated.");
  }

  public static Rejection maxOpenOrdersReached() {
    return Rejection.badRequest(-2025, "Reach max open order limit.");
  }

  public static Rejection unknownOrderOnCancel() {
    return Rejection.badRequest(-2011, "Unknown order sent.");
  }

  public static Rejection orderDoesNotExist() {
    return Rejection.badRequest(-2013, "Order does not exist.");
  }

  public static Rejection postOnlyWouldTake() {
    return Rejection.badRequest(
        -5022,
        "Due to the order could not be executed as maker, the Post Only order will be rejected."
            + " The order will not be recorded in the order history");
  }

  public static Rejection fillOrKillUnfillable() {
    return Rejection.badRequest(
        -5021,
        "Due to the order could not be filled immediately, the FOK order has been rejected."
            + " The order will not be recorded in the order history");
  }

  public static Rejection invalidGoodTillDate() {
    return Rejection.badRequest(
        -5040, "goodTillDate timestamp must be greater than current time plus 600 seconds and"
            + " smaller than 253402300799000");
  }

  public static Rejection reduceOnlyRejected() {
    return Rejection.badRequest(-2022, "ReduceOnly Order is rejected.");
  }

  public static Rejection marginInsufficient() {
    return Rejection.badRequest(-2019, "Margin is insufficient.");
  }

  public static Rejection maxLeverageRatioExceeded() {
    return Rejection.badRequest(
        -2027, "Exceeded the maximum allowable position at current leverage.");
  }

  public static Rejection parameterNotRequired(String name) {
    return Rejection.badRequest(-1106, "Parameter '" + name + "' sent when not required.");
  }

  public static Rejection positionModeLockedByOrders() {
    return Rejection.badRequest(
        -4067, "Position side cannot be changed if there exists open orders.");
  }

  public static Rejection positionModeLockedByPosition() {
    return Rejection.badRequest(-4068, "Position side cannot be changed if there exists position.");
  }

  public static Rejection wouldImmediatelyTrigger() {
    return Rejection.badRequest(-2021, "Order would immediately trigger.");
  }

  public static Rejection modifyOnlyLimit() {
    return Rejection.badRequest(-5025, "Only limit order is supported.");
  }

  public static Rejection nothingToModify() {
    return Rejection.badRequest(-5027, "No need to modify the order.");
  }

  public static Rejection invalidListenKey() {
    return Rejection.badRequest(-1125, "This listenKey does not exist.");
  }

  public static Rejection marginTypeUnchanged() {
    return Rejection.badRequest(-4046, "No need to change margin type.");
  }

  public static Rejection positionModeUnchanged() {
    return Rejection.badRequest(-4059, "No need to change position side.");
  }

  public static Rejection invalidLeverage() {
    return Rejection.badRequest(-4028, "Leverage is not valid");
  }

  public static Rejection invalidBatchSize() {
    return Rejection.badRequest(-4082, "Invalid number of batch place orders.");
  }

  public static Rejection unknownAlgoOrder() {
    return Rejection.badRequest(-2013, "Order does not exist.");
  }

  public static Rejection tooManyRequests(long limit) {
    return new Rejection(429, -1003, "Too many requests; current limit of IP is " + limit
        + " requests per minute. Please use the websocket for live updates to avoid polling the"
        + " API.");
  }

  public static Rejection tooManyOrders(long limit, String interval) {
    return new Rejection(429, -1015,
        "Too many new orders; current limit is " + limit + " orders per " + interval + ".");
  }

  public static Rejection banned(long untilMillis) {
    return new Rejection(418, -1003, "Way too many requests; IP banned until " + untilMillis
        + ". Please use the websocket for live updates to avoid bans.");
  }
}
