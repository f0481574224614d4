-- Several instances may share one journal. The next sequence is taken from this one row inside
-- the transaction that writes the events: its row lock orders the commits, so sequences stay
-- gap-free and in commit order whoever writes. Dialect as in V1.
CREATE TABLE journal_head (
    id            INTEGER NOT NULL PRIMARY KEY,
    last_sequence BIGINT  NOT NULL
);
-- A journal pruned to nothing still has its orders, each with the sequence it last reflected.
INSERT INTO journal_head (id, last_sequence)
    VALUES (1, GREATEST((SELECT COALESCE(MAX(sequence), 0) FROM order_events),
        (SELECT COALESCE(MAX(last_sequence), 0) FROM orders)));

-- Which instance owns each exchange account, one row per account ever leased. The lease itself
-- is a session advisory lock; taking it raises the fence here, and every journal commit that
-- holds events of the account checks the fence it was given, so a former owner (paused,
-- partitioned) can neither write nor, since intents are written before they are sent, send.
CREATE TABLE account_leases (
    account_id     VARCHAR NOT NULL PRIMARY KEY,
    fence          BIGINT  NOT NULL,
    -- the instance holding it, and where it takes gRPC calls
    owner          VARCHAR NOT NULL,
    address        VARCHAR NOT NULL,
    -- SHA-256 of the account's API key: two instances must not trade one id with two keys
    api_key_sha256 VARCHAR NOT NULL,
    acquired_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
