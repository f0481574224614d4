-- State an operator sets that must outlive the process, one row per scope. Today one scope:
-- '*', the gateway-wide kill switch (every account). Dialect as in V1.
CREATE TABLE account_state (
    scope      VARCHAR NOT NULL PRIMARY KEY,
    -- ACTIVE or HALTED
    mode       VARCHAR NOT NULL,
    reason     VARCHAR NOT NULL,
    changed_by VARCHAR NOT NULL,
    changed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- Start-up: today's orders per account and user, for the daily order limit.
CREATE INDEX orders_account_created ON orders (account_id, created_at);
