-- A message in the outbox; returns its id.
INSERT INTO notification_outbox (created_at, topic, body) VALUES (@createdAt, @topic, @body);
SELECT last_insert_rowid();
