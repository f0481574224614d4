-- One schema for PostgreSQL and H2 (MODE=PostgreSQL): only types and syntax both understand.
-- Decimals are NUMERIC(38,18): exact, 20 integer and 18 fraction digits (enough for any
-- exchange's tick and step). Times are TIMESTAMP(6) WITH TIME ZONE: microseconds, UTC instants.
-- Text columns are VARCHAR without a length so no id or reason can make a batch fail.

-- The current state of every order, one row each.
CREATE TABLE orders (
    order_id           VARCHAR        NOT NULL PRIMARY KEY,
    account_id         VARCHAR        NOT NULL,
    user_id            VARCHAR,
    client_order_id    VARCHAR,
    exchange_client_id VARCHAR,
    symbol             VARCHAR        NOT NULL,
    side               VARCHAR        NOT NULL,
    order_type         VARCHAR        NOT NULL,
    time_in_force      VARCHAR,
    quantity           NUMERIC(38,18) NOT NULL,
    price              NUMERIC(38,18),
    stop_price         NUMERIC(38,18),
    reduce_only        BOOLEAN        NOT NULL,
    post_only          BOOLEAN        NOT NULL,
    state              VARCHAR        NOT NULL,
    filled_quantity    NUMERIC(38,18) NOT NULL,
    average_price      NUMERIC(38,18) NOT NULL,
    fee                NUMERIC(38,18) NOT NULL,
    fee_asset          VARCHAR,
    exchange_order_id  VARCHAR,
    reject_reason      VARCHAR,
    created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    -- the journal sequence this row reflects: an older event never overwrites a newer state
    last_sequence      BIGINT         NOT NULL
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
    sequence           BIGINT         NOT NULL PRIMARY KEY,
    update_type        VARCHAR        NOT NULL,
    event_time         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    fill_id            VARCHAR,
    order_id           VARCHAR        NOT NULL,
    account_id         VARCHAR        NOT NULL,
    user_id            VARCHAR,
    client_order_id    VARCHAR,
    exchange_client_id VARCHAR,
    symbol             VARCHAR        NOT NULL,
    side               VARCHAR        NOT NULL,
    order_type         VARCHAR        NOT NULL,
    time_in_force      VARCHAR,
    quantity           NUMERIC(38,18) NOT NULL,
    price              NUMERIC(38,18),
    stop_price         NUMERIC(38,18),
    reduce_only        BOOLEAN        NOT NULL,
    post_only          BOOLEAN        NOT NULL,
    state              VARCHAR        NOT NULL,
    filled_quantity    NUMERIC(38,18) NOT NULL,
    average_price      NUMERIC(38,18) NOT NULL,
    fee                NUMERIC(38,18) NOT NULL,
    fee_asset          VARCHAR,
    exchange_order_id  VARCHAR,
    reject_reason      VARCHAR,
    created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE INDEX order_events_order ON order_events (order_id, sequence);

-- Every execution, once: the exchange's trade id is unique per order.
CREATE TABLE fills (
    order_id  VARCHAR        NOT NULL,
    fill_id   VARCHAR        NOT NULL,
    symbol    VARCHAR        NOT NULL,
    side      VARCHAR        NOT NULL,
    price     NUMERIC(38,18) NOT NULL,
    quantity  NUMERIC(38,18) NOT NULL,
    fee       NUMERIC(38,18) NOT NULL,
    fee_asset VARCHAR,
    maker     BOOLEAN        NOT NULL,
    fill_time TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    -- the journal event that carried the fill
    sequence  BIGINT         NOT NULL,
    PRIMARY KEY (order_id, fill_id)
);

CREATE INDEX fills_symbol_time ON fills (symbol, fill_time);
