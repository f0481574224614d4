-- State an operator sets that must outlive the process, one row per scope. Today one scope:
-- '*', the gateway-wide kill switch (every account). Types as in V1.
CREATE TABLE account_state (
    scope      TEXT    NOT NULL PRIMARY KEY,
    -- ACTIVE, REDUCING or HALTED
    mode       TEXT    NOT NULL,
    reason     TEXT    NOT NULL,
    changed_by TEXT    NOT NULL,
    changed_at INTEGER NOT NULL
);

-- Start-up: today's orders per account and user, for the daily order limit.
CREATE INDEX orders_account_created ON orders (account_id, created_at);
