-- A message in the outbox; returns its id.
INSERT INTO dbo.notification_outbox (created_at, topic, body) OUTPUT INSERTED.id VALUES (@createdAt, @topic, @body);
