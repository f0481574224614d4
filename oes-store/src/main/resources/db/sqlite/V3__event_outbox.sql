-- The transactional outbox: events are published from order_events (the journal is the
-- queue); each publisher keeps here the last sequence the event bus confirmed, so after a
-- crash or an outage it resumes right after it. Only moves forward.
CREATE TABLE event_cursors (
    name       TEXT    NOT NULL PRIMARY KEY,
    sequence   INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
