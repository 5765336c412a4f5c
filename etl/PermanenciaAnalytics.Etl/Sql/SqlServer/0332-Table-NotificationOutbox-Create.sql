-- Messages for whoever is configured to be told (issue 11: the plan-deadline result). Every message is written here
-- first, so it exists without any external service; an optional webhook POST records its outcome on the row.
CREATE TABLE dbo.notification_outbox (
    id             BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_notification_outbox PRIMARY KEY,
    created_at     DATETIME2(3)   NOT NULL,
    topic          VARCHAR(100)   NOT NULL,
    body           NVARCHAR(MAX)  NOT NULL,
    delivered_at   DATETIME2(3)   NULL,
    delivery_note  NVARCHAR(400)  NULL
);
