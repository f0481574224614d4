// The operator dashboard: one Server-Sent Events stream from the gateway (read with fetch so the
// key can travel in the Authorization header, never in a URL), rendered into the page as text
// only. No value received is ever parsed as markup: elements are built with createElement and
// filled with textContent.
'use strict';

(() => {
  const KEPT_FILLS = 50;
  const KEPT_EVENTS = 100;
  const CHART_SECONDS = 300;
  const RETRY_MIN_MS = 1000;
  const RETRY_MAX_MS = 10000;

  // The API key lives in this variable only: not in storage, not in a cookie, not in a URL.
  let apiKey = null;
  let retryMs = RETRY_MIN_MS;
  let renderPending = false;
  // panels whose data changed since they were last drawn; only those are drawn again
  const dirty = new Set();
  // open-order rows by order id, kept while the order is unchanged, so a row (and its Cancel
  // button) is not replaced under the operator's pointer by an unrelated update
  const orderRows = new Map();
  const view = {
    caller: null,
    trading: null,
    accounts: [],
    positions: [],
    orders: new Map(),
    fills: [],
    events: [],
    history: [],
  };

  const byId = (id) => document.getElementById(id);

  /** An element with text children; strings become text nodes, never markup. */
  function el(tag, options = {}, children = []) {
    const node = document.createElement(tag);
    if (options.className) node.className = options.className;
    if (options.text !== undefined && options.text !== null) node.textContent = String(options.text);
    if (options.title) node.title = String(options.title);
    for (const child of children) node.append(child === null || child === undefined ? '' : child);
    return node;
  }

  /** An RFC 3339 time as its UTC time of day to the millisecond; the full value as a tooltip. */
  function clock(iso) {
    if (!iso) return '';
    const time = new Date(iso);
    return Number.isNaN(time.getTime()) ? String(iso) : time.toISOString().slice(11, 23);
  }

  function timeCell(iso) {
    return el('td', { text: clock(iso), title: iso });
  }

  function cell(value, className) {
    return el('td', { text: value === null || value === undefined ? '' : value, className });
  }

  /** Puts the rows in the panel's table, or one row saying there are none. */
  function showRows(panelId, rows, emptyText) {
    const body = byId(panelId).querySelector('tbody');
    if (rows.length) {
      body.replaceChildren(...rows);
      return;
    }
    const none = el('td', { text: emptyText, className: 'none' });
    none.colSpan = body.closest('table').querySelectorAll('thead th').length;
    body.replaceChildren(el('tr', {}, [none]));
  }

  function authHeaders() {
    return apiKey ? { Authorization: 'Bearer ' + apiKey } : {};
  }

  function setConnection(text, live) {
    const node = byId('connection');
    node.textContent = text;
    node.className = 'connection ' + (live ? 'live' : 'down');
  }

  function showMessage(id, text, isError) {
    const node = byId(id);
    node.textContent = text;
    node.className = 'message' + (isError ? ' error' : '');
  }

  async function errorOf(response) {
    const text = await response.text().catch(() => '');
    try {
      const body = JSON.parse(text);
      return body.error || body.title || text;
    } catch (e) {
      return text || response.status + ' ' + response.statusText;
    }
  }

  // ---- the stream ----

  async function connect() {
    setConnection('connecting', false);
    let response;
    try {
      response = await fetch('/dashboard/stream', { headers: authHeaders(), cache: 'no-store' });
    } catch (e) {
      reconnectLater();
      return;
    }
    if (response.status === 401 || response.status === 403) {
      askForKey(await errorOf(response));
      return;
    }
    if (!response.ok) {
      reconnectLater();
      return;
    }
    byId('key-form').hidden = true;
    byId('forget-key').hidden = apiKey === null;
    setConnection('live', true);
    retryMs = RETRY_MIN_MS;
    await readEvents(response.body.getReader());
    reconnectLater();
  }

  async function readEvents(reader) {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch (e) {
      // the connection broke: reconnect
    }
  }

  function dispatch(block) {
    let type = 'message';
    const data = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) type = line.slice(7);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
    }
    if (data.length === 0) return;
    const payload = JSON.parse(data.join('\n'));
    if (type === 'snapshot') {
      onSnapshot(payload);
      scheduleRender('caller', 'tick', 'orders');
    } else if (type === 'orders') {
      payload.forEach(onOrderEvent);
      scheduleRender('orders');
    } else if (type === 'tick') {
      onTick(payload);
      scheduleRender('tick');
    }
  }

  function reconnectLater() {
    setConnection('disconnected, retrying in ' + Math.round(retryMs / 1000) + ' s', false);
    setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
  }

  function askForKey(reason) {
    setConnection('not connected', false);
    byId('key-prompt').textContent = reason + ' — API key (read or admin scope):';
    byId('key-form').hidden = false;
    byId('key-input').focus();
  }

  // ---- the model ----

  function onSnapshot(snapshot) {
    view.caller = snapshot.caller;
    orderRows.clear();
    view.orders = new Map(snapshot.open_orders.map((order) => [order.order_id, order]));
    view.events = [];
    view.fills = [];
    snapshot.events.forEach(remember);
    view.history = snapshot.history;
    onTick(snapshot);
  }

  function onTick(tick) {
    view.trading = tick.trading;
    view.accounts = tick.accounts;
    view.positions = tick.positions;
    if (tick.point) {
      view.history.push(tick.point);
      while (view.history.length > CHART_SECONDS) view.history.shift();
    }
  }

  function onOrderEvent(event) {
    const order = event.order;
    if (order.open) view.orders.set(order.order_id, order);
    else view.orders.delete(order.order_id);
    remember(event);
  }

  function remember(event) {
    view.events.unshift(event);
    if (view.events.length > KEPT_EVENTS) view.events.pop();
    if (event.fill) {
      view.fills.unshift(event.fill);
      if (view.fills.length > KEPT_FILLS) view.fills.pop();
    }
  }

  // ---- rendering ----

  function scheduleRender(...panels) {
    panels.forEach((panel) => dirty.add(panel));
    if (renderPending) return;
    renderPending = true;
    requestAnimationFrame(() => {
      renderPending = false;
      render();
    });
  }

  function render() {
    if (dirty.has('caller')) renderCaller();
    if (dirty.has('caller') || dirty.has('tick') || dirty.has('trading')) renderTrading();
    if (dirty.has('tick')) {
      renderAccounts();
      renderPositions();
      renderCharts();
    }
    if (dirty.has('caller') || dirty.has('orders')) {
      renderOrders();
      renderFills();
      renderEvents();
    }
    dirty.clear();
  }

  function renderCaller() {
    const caller = view.caller;
    byId('caller').textContent = caller
      ? caller.name + (caller.admin ? ' (admin)' : caller.user_id ? ' (user ' + caller.user_id + ')' : '')
      : '';
  }

  function renderTrading() {
    const trading = view.trading;
    if (!trading) return;
    const mode = byId('mode');
    mode.textContent = trading.mode;
    // the mode's name only picks a colour; an unknown mode still shows, in the neutral one
    mode.className = 'mode mode-' + String(trading.mode).toLowerCase().replace(/[^a-z]/g, '');
    document.title = 'oes · ' + trading.mode;
    byId('trading-mode').textContent = trading.mode;
    byId('trading-reason').textContent = trading.reason;
    byId('trading-by').textContent = trading.changed_by;
    byId('trading-at').textContent = trading.changed_at || '';
    const admin = Boolean(view.caller && view.caller.admin);
    for (const id of ['halt', 'resume']) {
      byId(id).disabled = !admin;
      byId(id).title = admin ? '' : 'needs a key with the admin scope';
    }
  }

  function usage(used, limit) {
    const ratio = limit > 0 ? used / limit : 0;
    const bar = el('span');
    bar.style.width = Math.min(100, Math.round(ratio * 100)) + '%';
    return el('td', {}, [el('span', { className: 'meter' + (ratio >= 0.8 ? ' high' : '') }, [bar]),
      used + ' / ' + limit]);
  }

  function flag(text, good, warn) {
    return cell(text, good ? 'ok' : warn ? 'warn' : 'bad');
  }

  function renderAccounts() {
    const rows = view.accounts.map((account) => {
      const limits = account.limits;
      const reachable = account.reachable === null ? 'checking' : account.reachable ? 'reachable' : 'not answering';
      const circuit = account.circuit + (account.circuit_retry_at ? ' until ' + account.circuit_retry_at : '');
      const ban = !limits ? 'rate limits off'
        : limits.banned_until ? 'BANNED until ' + limits.banned_until
        : limits.back_off_until ? 'backing off until ' + limits.back_off_until : 'none';
      return el('tr', {}, [
        cell(account.account_id),
        flag(reachable, account.reachable === true, account.reachable === null),
        flag(circuit, account.circuit === 'CLOSED' || account.circuit === 'OFF', account.circuit === 'HALF_OPEN'),
        flag(account.stream_connected ? 'connected' : 'reconnecting', account.stream_connected, false),
        flag(account.reconciling ? 'reconciling' : 'in step', !account.reconciling, true),
        limits ? usage(limits.weight1m, limits.weight1m_limit) : cell('off'),
        limits ? usage(limits.orders10s, limits.orders10s_limit) : cell('off'),
        limits ? usage(limits.orders1m, limits.orders1m_limit) : cell('off'),
        flag(ban, ban === 'none' || ban === 'rate limits off', !(limits && limits.banned_until)),
      ]);
    });
    showRows('accounts', rows, 'no account reported yet');
  }

  function matches(order, filter) {
    if (!filter) return true;
    return [order.symbol, order.side, order.user_id, order.order_id, order.client_order_id, order.state]
      .some((value) => value && String(value).toLowerCase().includes(filter));
  }

  function renderOrders() {
    const filter = byId('order-filter').value.trim().toLowerCase();
    const orders = [...view.orders.values()]
      .filter((order) => matches(order, filter))
      .sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)));
    const canTrade = Boolean(view.caller && view.caller.trade);
    const rows = orders.map((order) => {
      const kept = orderRows.get(order.order_id);
      if (kept && kept.order === order && kept.canTrade === canTrade) return kept.row;
      const row = orderRow(order, canTrade);
      orderRows.set(order.order_id, { order, canTrade, row });
      return row;
    });
    for (const id of orderRows.keys()) if (!view.orders.has(id)) orderRows.delete(id);
    showRows('open-orders', rows, filter ? 'no open order matches the filter' : 'no open orders');
    byId('open-count').textContent = filter
      ? orders.length + ' of ' + view.orders.size : String(view.orders.size);
  }

  function orderRow(order, canTrade) {
    const cancel = el('button', { text: 'Cancel', className: 'cancel' });
    cancel.type = 'button';
    cancel.disabled = !canTrade;
    cancel.title = canTrade ? 'cancel this order' : 'needs a key with the trade scope';
    cancel.addEventListener('click', () => cancelOrder(order));
    const row = el('tr', {}, [
      timeCell(order.created_at), cell(order.symbol), cell(order.side), cell(order.type),
      cell(order.price, 'num'), cell(order.quantity, 'num'), cell(order.filled_quantity, 'num'),
      cell(order.state), cell(order.user_id), cell(order.client_order_id), cell(order.order_id),
      el('td', {}, [cancel]),
    ]);
    row.dataset.orderId = order.order_id;
    return row;
  }

  function renderFills() {
    const rows = view.fills.map((fill) => el('tr', {}, [
      timeCell(fill.time), cell(fill.symbol), cell(fill.side), cell(fill.price, 'num'),
      cell(fill.quantity, 'num'), cell((fill.fee || '') + ' ' + (fill.fee_asset || '')),
      cell(fill.maker ? 'maker' : 'taker'), cell(fill.order_id),
    ]));
    showRows('fills', rows, 'no recent fills');
  }

  function pnlCell(value) {
    const number = Number(value);
    return cell(value, 'num' + (number > 0 ? ' ok' : number < 0 ? ' bad' : ''));
  }

  function renderPositions() {
    const rows = view.positions.map((p) => el('tr', {}, [
      cell(p.account_id), cell(p.user_id), cell(p.symbol), cell(p.size, 'num'),
      cell(p.entry_price, 'num'), cell(p.mark_price, 'num'), pnlCell(p.unrealized_pnl),
      pnlCell(p.realized_pnl), cell(p.fees, 'num'),
    ]));
    showRows('positions', rows, 'no positions');
  }

  function renderEvents() {
    const items = view.events.map((event) => {
      const o = event.order;
      return el('li', {
        text: '#' + event.sequence + ' ' + clock(event.time) + ' ' + event.type + ' ' + o.symbol + ' '
          + o.side + ' ' + o.quantity + (o.price ? ' @ ' + o.price : '') + ' ' + o.state
          + ' order ' + o.order_id + ' client ' + (o.client_order_id || '') + ' user ' + (o.user_id || '')
          + (o.reject_reason ? ' — ' + o.reject_reason : ''),
      });
    });
    byId('events').querySelector('ol').replaceChildren(...items);
  }

  // ---- charts (drawn by dashboard-charts.js) ----

  function renderCharts() {
    const points = view.history;
    const last = points.length ? points[points.length - 1] : null;
    const charts = window.oesCharts;
    charts.draw(byId('rate-chart'), points, CHART_SECONDS, [{ key: 'creates', className: 'rate' }]);
    charts.draw(byId('create-chart'), points, CHART_SECONDS,
      [{ key: 'create_p50_ms', className: 'p50' }, { key: 'create_p99_ms', className: 'p99' }]);
    charts.draw(byId('exchange-chart'), points, CHART_SECONDS,
      [{ key: 'exchange_p50_ms', className: 'p50' }, { key: 'exchange_p99_ms', className: 'p99' }]);
    byId('rate-latest').textContent = last ? last.creates + '/s' : '';
    byId('create-latest').textContent = last ? charts.pair(last.create_p50_ms, last.create_p99_ms) : '';
    byId('exchange-latest').textContent = last ? charts.pair(last.exchange_p50_ms, last.exchange_p99_ms) : '';
  }

  // ---- actions ----

  async function cancelOrder(order) {
    const what = order.symbol + ' ' + order.side + ' ' + order.quantity
      + (order.price ? ' @ ' + order.price : '') + ' (order ' + order.order_id + ')';
    if (!window.confirm('Cancel ' + what + '?')) return;
    showMessage('orders-message', 'Cancelling ' + what + '…', false);
    try {
      const response = await fetch('/dashboard/orders/' + encodeURIComponent(order.order_id) + '/cancel',
        { method: 'POST', headers: authHeaders() });
      if (response.ok) {
        const body = await response.json();
        showMessage('orders-message', 'Order ' + body.order_id + ' is ' + body.state, false);
      } else {
        showMessage('orders-message', 'Cancel refused: ' + (await errorOf(response)), true);
      }
    } catch (e) {
      showMessage('orders-message', 'Cancel failed: ' + e, true);
    }
  }

  async function changeTrading(path, doing) {
    showMessage('trading-message', doing + '…', false);
    try {
      const response = await fetch(path, { method: 'POST', headers: authHeaders() });
      if (!response.ok) {
        showMessage('trading-message', doing + ' refused: ' + (await errorOf(response)), true);
        return;
      }
      const state = await response.json();
      view.trading = { mode: state.mode, reason: state.reason, changed_by: state.changed_by,
        changed_at: state.changed_at };
      showMessage('trading-message', 'Trading is ' + state.mode, false);
      scheduleRender('trading');
    } catch (e) {
      showMessage('trading-message', doing + ' failed: ' + e, true);
    }
  }

  function halt() {
    const reason = byId('halt-reason').value.trim();
    if (!reason) {
      showMessage('trading-message', 'A reason is required to halt trading.', true);
      byId('halt-reason').focus();
      return;
    }
    changeTrading('/admin/halt?reason=' + encodeURIComponent(reason), 'Halt');
  }

  document.addEventListener('DOMContentLoaded', () => {
    byId('key-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const input = byId('key-input');
      apiKey = input.value.trim() || null;
      input.value = '';
      connect();
    });
    byId('forget-key').addEventListener('click', () => {
      apiKey = null;
      window.location.reload();
    });
    byId('halt').addEventListener('click', halt);
    byId('resume').addEventListener('click', () => changeTrading('/admin/resume', 'Resume'));
    byId('order-filter').addEventListener('input', () => scheduleRender('orders'));
    connect();
  });
})();
