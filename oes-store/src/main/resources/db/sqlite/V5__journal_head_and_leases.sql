-- As V5 for PostgreSQL: the journal's next sequence, taken inside each commit. SQLite has one
-- writer at a time, so the row only keeps both schemas alike. Types as in V1.
CREATE TABLE journal_head (
    id            INTEGER NOT NULL PRIMARY KEY,
    last_sequence INTEGER NOT NULL
);
-- A journal pruned to nothing still has its orders, each with the sequence it last reflected.
INSERT INTO journal_head (id, last_sequence)
    VALUES (1, MAX((SELECT COALESCE(MAX(sequence), 0) FROM order_events),
        (SELECT COALESCE(MAX(last_sequence), 0) FROM orders)));

-- Account leases exist on PostgreSQL only (several instances); the table keeps the schemas
-- alike and stays empty here.
CREATE TABLE account_leases (
    account_id     TEXT    NOT NULL PRIMARY KEY,
    fence          INTEGER NOT NULL,
    owner          TEXT    NOT NULL,
    address        TEXT    NOT NULL,
    api_key_sha256 TEXT    NOT NULL,
    acquired_at    INTEGER NOT NULL
);
