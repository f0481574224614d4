-- The transactional outbox: events are published from order_events (the journal is the
-- queue); each publisher keeps here the last sequence the event bus confirmed, so after a
-- crash or an outage it resumes right after it. Only moves forward.
CREATE TABLE event_cursors (
    name       VARCHAR NOT NULL PRIMARY KEY,
    sequence   BIGINT  NOT NULL,
    updated_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
