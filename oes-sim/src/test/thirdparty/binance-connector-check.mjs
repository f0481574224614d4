// Runs Binance's official USD-M connector (@binance/derivatives-trading-usds-futures), unchanged,
// against a running exchange simulator: its REST client, its WebSocket streams client (which
// opens /market, /public and /private together) and its WebSocket API client, each pointed at
// the simulator by its base-path option.
// Environment: SIM_URL (e.g. http://127.0.0.1:41234), SIM_WS_URL (e.g. ws://127.0.0.1:41234),
// SIM_API_KEY, SIM_SECRET_KEY.
// Prints PASS/FAIL per check and, last, "N passed, N failed"; exits 1 when a check failed.
import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
import { check, expect, finish, within } from './checks.mjs';

const credentials = { apiKey: process.env.SIM_API_KEY, apiSecret: process.env.SIM_SECRET_KEY };
const client = new DerivativesTradingUsdsFutures({
  configurationRestAPI: { ...credentials, basePath: process.env.SIM_URL },
  configurationWebsocketAPI: { ...credentials, wsURL: process.env.SIM_WS_URL + '/ws-fapi/v1' },
  configurationWebsocketStreams: { wsURL: process.env.SIM_WS_URL },
});
const rest = client.restAPI;

// The first message of a stream, as a promise.
function first(stream) {
  return new Promise((resolve) => stream.on('message', resolve));
}

// Every message of a stream, kept in order.
function collect(stream) {
  const messages = [];
  stream.on('message', (message) => messages.push(message));
  return messages;
}

async function waitFor(condition, millis, what) {
  const deadline = Date.now() + millis;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error('no ' + what + ' within ' + millis + ' ms');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function marketBuy(quantity) {
  const response = await rest.newOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET',
    quantity, newOrderRespType: 'RESULT' });
  return response.data();
}

await check('REST: exchangeInformation lists the perpetuals', async () => {
  const info = await (await rest.exchangeInformation()).data();
  expect(info.symbols.some((symbol) => symbol.symbol === 'BTCUSDT'), JSON.stringify(info.symbols));
});

await check('REST: an oversized MARKET order is refused with -2019', async () => {
  try {
    await marketBuy(31.5);
    throw new Error('the order was accepted');
  } catch (error) {
    expect(error.code === -2019 && error.message === 'Margin is insufficient.',
      `${error.name} ${error.code} ${error.message}`);
  }
});

const streams = await client.websocketStreams.connect();
try {
  await check('streams: every market stream kind delivers', async () => {
    const kinds = {
      'markPrice@1s': first(streams.markPriceStream({ symbol: 'btcusdt', updateSpeed: '1s' })),
      markPrice: first(streams.markPriceStream({ symbol: 'ethusdt' })),
      bookTicker: first(streams.individualSymbolBookTickerStreams({ symbol: 'btcusdt' })),
      aggTrade: first(streams.aggregateTradeStreams({ symbol: 'btcusdt' })),
      depth5: first(streams.partialBookDepthStreams({ symbol: 'btcusdt', levels: 5,
        updateSpeed: '100ms' })),
      depth: first(streams.diffBookDepthStreams({ symbol: 'btcusdt', updateSpeed: '100ms' })),
      kline_1m: first(streams.klineCandlestickStreams({ symbol: 'btcusdt', interval: '1m' })),
      ticker: first(streams.individualSymbolTickerStreams({ symbol: 'btcusdt' })),
      miniTicker: first(streams.individualSymbolMiniTickerStream({ symbol: 'btcusdt' })),
    };
    await new Promise((resolve) => setTimeout(resolve, 500));
    await marketBuy(0.01); // a public trade for aggTrade and the kline
    const events = { markPriceUpdate: 'markPrice', bookTicker: 'bookTicker',
      aggTrade: 'aggTrade', depthUpdate: 'depth', kline: 'kline', '24hrTicker': 'ticker',
      '24hrMiniTicker': 'miniTicker' };
    for (const [kind, message] of Object.entries(kinds)) {
      const event = await within(message, 8000, kind);
      const expected = Object.entries(events).find(([, prefix]) => kind.startsWith(prefix))[0];
      expect(event.e === expected, `${kind}: ${JSON.stringify(event)}`);
    }
  });

  await check('streams: diff depth joins the REST snapshot and stays continuous', async () => {
    const updates = collect(streams.diffBookDepthStreams({ symbol: 'bnbusdt',
      updateSpeed: '100ms' }));
    await waitFor(() => updates.length > 0, 5000, 'depth update');
    const snapshot = await (await rest.orderBook({ symbol: 'BNBUSDT', limit: 1000 })).data();
    await waitFor(() => updates.some((u) => u.u >= snapshot.lastUpdateId)
      && updates.length >= 3, 8000, 'updates past the snapshot');
    const applied = updates.filter((update) => update.u >= snapshot.lastUpdateId);
    expect(applied[0].U <= snapshot.lastUpdateId,
      `first U ${applied[0].U} after lastUpdateId ${snapshot.lastUpdateId}`);
    for (let i = 1; i < applied.length; i++) {
      expect(applied[i].pu === applied[i - 1].u,
        `pu ${applied[i].pu} does not follow u ${applied[i - 1].u}`);
    }
  });

  await check('streams: user data events after a fill on the connector\'s private path',
    async () => {
      const listenKey = (await (await rest.startUserDataStream()).data()).listenKey;
      const events = collect(streams.userData(listenKey));
      await new Promise((resolve) => setTimeout(resolve, 500));
      const filled = await marketBuy(0.01);
      await waitFor(() => ['ORDER_TRADE_UPDATE', 'ACCOUNT_UPDATE', 'TRADE_LITE']
        .every((type) => events.some((event) => event.e === type)), 5000,
      'ORDER_TRADE_UPDATE, ACCOUNT_UPDATE and TRADE_LITE');
      const update = events.find((event) => event.e === 'ORDER_TRADE_UPDATE'
        && event.o.X === 'FILLED');
      expect(update && update.o.i === filled.orderId, JSON.stringify(events));
    });
} finally {
  await streams.disconnect();
}

const api = await client.websocketAPI.connect();
try {
  await check('WebSocket API: an order placed, queried, modified and cancelled', async () => {
    const price = 90000;
    const placed = (await api.newOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT',
      timeInForce: 'GTC', quantity: 0.002, price })).data;
    expect(placed.status === 'NEW', JSON.stringify(placed));
    const queried = (await api.queryOrder({ symbol: 'BTCUSDT', orderId: placed.orderId })).data;
    expect(queried.orderId === placed.orderId, JSON.stringify(queried));
    const modified = (await api.modifyOrder({ symbol: 'BTCUSDT', orderId: placed.orderId,
      side: 'BUY', quantity: 0.003, price: 89000 })).data;
    expect(modified.origQty === '0.003', JSON.stringify(modified));
    const canceled = (await api.cancelOrder({ symbol: 'BTCUSDT', orderId: placed.orderId }));
    expect(canceled.data.status === 'CANCELED', JSON.stringify(canceled.data));
    expect(canceled.rateLimits.some((limit) => limit.rateLimitType === 'REQUEST_WEIGHT'),
      JSON.stringify(canceled.rateLimits));
  });

  await check('WebSocket API: account, balance and positions', async () => {
    const account = (await api.accountInformation()).data;
    const balance = (await api.futuresAccountBalance()).data;
    const positions = (await api.positionInformation({ symbol: 'BTCUSDT' })).data;
    expect(account.availableBalance !== undefined, JSON.stringify(account));
    expect(balance.some((asset) => asset.asset === 'USDT'), JSON.stringify(balance));
    expect(positions.length > 0 && positions[0].symbol === 'BTCUSDT', JSON.stringify(positions));
  });

  await check('WebSocket API: an oversized order is refused with -2019', async () => {
    try {
      await api.newOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: 31.5 });
      throw new Error('the order was accepted');
    } catch (error) {
      expect(error.code === -2019, JSON.stringify(error));
    }
  });
} finally {
  await api.disconnect();
}

finish();
