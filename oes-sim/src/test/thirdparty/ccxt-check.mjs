// Runs the unmodified ccxt binanceusdm client against a running exchange simulator.
// Environment: SIM_URL (e.g. http://127.0.0.1:41234), SIM_WS_URL (e.g. ws://127.0.0.1:41234),
// SIM_API_KEY, SIM_SECRET_KEY.
// Prints PASS/FAIL per check and, last, "N passed, N failed"; exits 1 when a check failed.
import ccxt from 'ccxt';
import { check, expect, finish, within } from './checks.mjs';

const base = process.env.SIM_URL;
const exchange = new ccxt.binanceusdm({
  apiKey: process.env.SIM_API_KEY,
  secret: process.env.SIM_SECRET_KEY,
  enableRateLimit: false,
  options: { warnOnFetchOpenOrdersWithoutSymbol: false },
});
for (const [name, path] of Object.entries({
  fapiPublic: '/fapi/v1', fapiPublicV2: '/fapi/v2', fapiPublicV3: '/fapi/v3',
  fapiPrivate: '/fapi/v1', fapiPrivateV2: '/fapi/v2', fapiPrivateV3: '/fapi/v3',
  fapiData: '/futures/data', sapi: '/sapi/v1',
})) {
  exchange.urls.api[name] = base + path;
}

const SYMBOL = 'BTC/USDT:USDT';

// ccxt pro turns ".../ws" into ".../private/ws?listenKey=" for the user data stream.
function proClient() {
  const pro = new ccxt.pro.binanceusdm({
    apiKey: process.env.SIM_API_KEY,
    secret: process.env.SIM_SECRET_KEY,
    enableRateLimit: false,
  });
  Object.assign(pro.urls.api, exchange.urls.api, { ws: { ...pro.urls.api.ws } });
  pro.urls.api.ws.future = process.env.SIM_WS_URL + '/ws';
  return pro;
}

const state = {};

await check('loadMarkets lists the perpetuals with their precision', async () => {
  const markets = await exchange.loadMarkets();
  const btc = markets[SYMBOL];
  expect(btc !== undefined, 'no ' + SYMBOL);
  expect(btc.active && btc.linear && btc.swap, 'not an active linear swap: ' + JSON.stringify(btc.info.status));
  expect(btc.precision.price === 0.1 && btc.precision.amount === 0.001,
    'precision ' + JSON.stringify(btc.precision));
  expect(btc.limits.cost.min === 100, 'min notional ' + btc.limits.cost.min);
});

await check('fetchTime', async () => {
  const time = await exchange.fetchTime();
  expect(Math.abs(time - Date.now()) < 5000, 'server time ' + time);
});

await check('fetchTicker', async () => {
  const ticker = await exchange.fetchTicker(SYMBOL);
  expect(ticker.last > 0, 'last ' + ticker.last);
  state.mid = ticker.last;
});

await check('fetchOrderBook', async () => {
  const book = await exchange.fetchOrderBook(SYMBOL, 5);
  expect(book.bids.length === 5 && book.asks.length === 5, 'levels');
  expect(book.bids[0][0] < book.asks[0][0], 'crossed book');
  state.bestBid = book.bids[0][0];
  state.bestAsk = book.asks[0][0];
});

await check('fetchBidsAsks', async () => {
  const quotes = await exchange.fetchBidsAsks([SYMBOL]);
  expect(quotes[SYMBOL].bid > 0 && quotes[SYMBOL].ask > quotes[SYMBOL].bid, 'bid/ask');
});

await check('fetchFundingRate', async () => {
  const funding = await exchange.fetchFundingRate(SYMBOL);
  expect(funding.markPrice > 0, 'mark ' + funding.markPrice);
});

await check('fetchBalance shows the USDT wallet', async () => {
  const balance = await exchange.fetchBalance();
  expect(balance.USDT && balance.USDT.total > 0, 'USDT ' + JSON.stringify(balance.USDT));
  expect(balance.USDT.free > 0, 'free ' + balance.USDT.free);
});

await check('setLeverage', async () => {
  const answer = await exchange.setLeverage(10, SYMBOL);
  expect(Number(answer.leverage) === 10, JSON.stringify(answer));
});

await check('createOrder places a resting limit buy', async () => {
  const price = Math.round(state.bestBid * 0.99 * 10) / 10;
  const order = await exchange.createOrder(SYMBOL, 'limit', 'buy', 0.002, price);
  expect(order.id !== undefined && order.status === 'open', 'status ' + order.status);
  expect(order.clientOrderId.startsWith('x-'), 'client id ' + order.clientOrderId);
  state.restingId = order.id;
  state.restingPrice = price;
});

await check('fetchOpenOrders shows it', async () => {
  const open = await exchange.fetchOpenOrders(SYMBOL);
  expect(open.some((o) => o.id === state.restingId), 'ids ' + open.map((o) => o.id));
});

await check('fetchOrder finds it', async () => {
  const order = await exchange.fetchOrder(state.restingId, SYMBOL);
  expect(order.status === 'open' && order.price === state.restingPrice, JSON.stringify(order.info));
});

await check('editOrder moves it', async () => {
  const newPrice = Math.round((state.restingPrice - 10) * 10) / 10;
  const order = await exchange.editOrder(state.restingId, SYMBOL, 'limit', 'buy', 0.003, newPrice);
  expect(order.price === newPrice && order.amount === 0.003, JSON.stringify(order.info));
});

await check('cancelOrder cancels it', async () => {
  const order = await exchange.cancelOrder(state.restingId, SYMBOL);
  expect(order.status === 'canceled', 'status ' + order.status);
});

await check('fetchOrder of an unknown id is OrderNotFound', async () => {
  try {
    await exchange.fetchOrder('999999999', SYMBOL);
    throw new Error('no error');
  } catch (error) {
    expect(error instanceof ccxt.OrderNotFound, error.constructor.name + ' ' + error.message);
  }
});

await check('createOrder market buy fills', async () => {
  const order = await exchange.createOrder(SYMBOL, 'market', 'buy', 0.002, undefined,
    { newOrderRespType: 'RESULT' });
  expect(order.status === 'closed' && order.filled === 0.002, JSON.stringify(order.info));
});

await check('fetchPositions shows the long', async () => {
  const positions = await exchange.fetchPositions([SYMBOL]);
  const btc = positions.find((p) => p.symbol === SYMBOL);
  expect(btc && btc.contracts === 0.002 && btc.side === 'long', JSON.stringify(positions));
});

await check('fetchMyTrades lists the fill', async () => {
  const trades = await exchange.fetchMyTrades(SYMBOL);
  expect(trades.length > 0 && trades.at(-1).fee.currency === 'USDT', JSON.stringify(trades.at(-1)));
});

await check('createOrders places a batch', async () => {
  const price = Math.round(state.bestBid * 0.98 * 10) / 10;
  const orders = await exchange.createOrders([
    { symbol: SYMBOL, type: 'limit', side: 'buy', amount: 0.002, price },
    { symbol: SYMBOL, type: 'limit', side: 'buy', amount: 0.002, price: price - 10 },
  ]);
  expect(orders.length === 2 && orders.every((o) => o.status === 'open'),
    JSON.stringify(orders.map((o) => o.info)));
  state.batchIds = orders.map((o) => o.id);
});

await check('cancelOrders cancels a batch by id list', async () => {
  const orders = await exchange.cancelOrders(state.batchIds, SYMBOL);
  expect(orders.length === 2 && orders.every((o) => o.status === 'canceled'),
    JSON.stringify(orders.map((o) => o.info)));
});

await check('createOrder with a trigger price uses the algo endpoint', async () => {
  const trigger = Math.round(state.bestAsk * 1.05 * 10) / 10;
  const order = await exchange.createOrder(SYMBOL, 'market', 'buy', 0.002, undefined,
    { triggerPrice: trigger });
  expect(order.id !== undefined, JSON.stringify(order.info));
  state.algo = order;
});

await check('cancelAllOrders', async () => {
  const price = Math.round(state.bestBid * 0.97 * 10) / 10;
  await exchange.createOrder(SYMBOL, 'limit', 'buy', 0.002, price);
  await exchange.cancelAllOrders(SYMBOL);
  const open = await exchange.fetchOpenOrders(SYMBOL);
  expect(open.length === 0, 'still open: ' + open.map((o) => o.id));
});

await check('createOrder market sell closes the position', async () => {
  await exchange.createOrder(SYMBOL, 'market', 'sell', 0.002, undefined, { reduceOnly: true });
  const positions = await exchange.fetchPositions([SYMBOL]);
  const btc = positions.find((p) => p.symbol === SYMBOL);
  expect(btc === undefined || !btc.contracts, JSON.stringify(positions));
});

await check('watchOrders (ccxt pro) receives an order over the user data stream', async () => {
  const pro = proClient();
  try {
    await pro.loadHttpProxyAgent(); // ccxt needs its http agent for plain ws:// URLs
    await pro.loadMarkets();
    const first = pro.watchOrders(SYMBOL);
    first.catch(() => {}); // awaited below; keeps an early failure from ending the process
    await new Promise((resolve) => setTimeout(resolve, 500));
    const price = Math.round(state.bestBid * 0.96 * 10) / 10;
    const placed = await exchange.createOrder(SYMBOL, 'limit', 'buy', 0.002, price);
    const orders = await within(first, 5000, 'order update');
    expect(orders.some((o) => o.id === placed.id && o.status === 'open'),
      JSON.stringify(orders.map((o) => [o.id, o.status])));
    await exchange.cancelOrder(placed.id, SYMBOL);
  } finally {
    await pro.close();
  }
});

finish();
