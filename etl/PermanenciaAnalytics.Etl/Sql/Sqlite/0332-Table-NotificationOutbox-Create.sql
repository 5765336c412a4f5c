-- Messages for whoever is configured to be told (issue 11: the plan-deadline result). Every message is written here
-- first, so it exists without any external service; an optional webhook POST records its outcome on the row.
CREATE TABLE notification_outbox (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at     TEXT    NOT NULL,
    topic          TEXT    NOT NULL,
    body           TEXT    NOT NULL,
    delivered_at   TEXT    NULL,
    delivery_note  TEXT    NULL
);
