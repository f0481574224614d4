-- SQLite: the tables of db/postgresql, version for version, in SQLite's types. Decimals are
-- TEXT, exactly as written (SQLite's own numbers keep 15 digits; comparisons cast them, see
-- SqlDialect). Times are INTEGER microseconds since the epoch, UTC: exact and in time order.
-- Flags are INTEGER 0 or 1.

-- The current state of every order, one row each.
CREATE TABLE orders (
    order_id           TEXT    NOT NULL PRIMARY KEY,
    account_id         TEXT    NOT NULL,
    user_id            TEXT,
    client_order_id    TEXT,
    exchange_client_id TEXT,
    symbol             TEXT    NOT NULL,
    side               TEXT    NOT NULL,
    order_type         TEXT    NOT NULL,
    time_in_force      TEXT,
    quantity           TEXT    NOT NULL,
    price              TEXT,
    stop_price         TEXT,
    reduce_only        INTEGER NOT NULL,
    post_only          INTEGER NOT NULL,
    state              TEXT    NOT NULL,
    filled_quantity    TEXT    NOT NULL,
    average_price      TEXT    NOT NULL,
    fee                TEXT    NOT NULL,
    fee_asset          TEXT,
    exchange_order_id  TEXT,
    reject_reason      TEXT,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    -- the journal sequence this row reflects: an older event never overwrites a newer state
    last_sequence      INTEGER NOT NULL
);

-- GetOrders: newest first, optionally by user, symbol, state, or user and symbol together.
CREATE INDEX orders_created ON orders (created_at DESC, order_id DESC);
CREATE INDEX orders_user_created ON orders (user_id, created_at DESC, order_id DESC);
CREATE INDEX orders_symbol_created ON orders (symbol, created_at DESC, order_id DESC);
CREATE INDEX orders_state_created ON orders (state, created_at DESC, order_id DESC);
CREATE INDEX orders_user_symbol_created ON orders (user_id, symbol, created_at DESC, order_id DESC);
-- Recovery: the non-final orders of an account.
CREATE INDEX orders_account_state ON orders (account_id, state);
-- Idempotency: a client order id names one order per user.
CREATE UNIQUE INDEX orders_user_client_id ON orders (user_id, client_order_id);

-- The append-only journal: every transition with the full order as it stood after it.
CREATE TABLE order_events (
    sequence           INTEGER NOT NULL PRIMARY KEY,
    update_type        TEXT    NOT NULL,
    event_time         INTEGER NOT NULL,
    fill_id            TEXT,
    order_id           TEXT    NOT NULL,
    account_id         TEXT    NOT NULL,
    user_id            TEXT,
    client_order_id    TEXT,
    exchange_client_id TEXT,
    symbol             TEXT    NOT NULL,
    side               TEXT    NOT NULL,
    order_type         TEXT    NOT NULL,
    time_in_force      TEXT,
    quantity           TEXT    NOT NULL,
    price              TEXT,
    stop_price         TEXT,
    reduce_only        INTEGER NOT NULL,
    post_only          INTEGER NOT NULL,
    state              TEXT    NOT NULL,
    filled_quantity    TEXT    NOT NULL,
    average_price      TEXT    NOT NULL,
    fee                TEXT    NOT NULL,
    fee_asset          TEXT,
    exchange_order_id  TEXT,
    reject_reason      TEXT,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);

CREATE INDEX order_events_order ON order_events (order_id, sequence);

-- Every execution, once: the exchange's trade id is unique per order.
CREATE TABLE fills (
    order_id           TEXT    NOT NULL,
    fill_id            TEXT    NOT NULL,
    symbol             TEXT    NOT NULL,
    side               TEXT    NOT NULL,
    price              TEXT    NOT NULL,
    quantity           TEXT    NOT NULL,
    fee                TEXT    NOT NULL,
    fee_asset          TEXT,
    maker              INTEGER NOT NULL,
    fill_time          INTEGER NOT NULL,
    -- the journal event that carried the fill
    sequence           INTEGER NOT NULL,
    PRIMARY KEY (order_id, fill_id)
);

CREATE INDEX fills_symbol_time ON fills (symbol, fill_time);
