-- The outcome of a webhook delivery: delivered_at when it was accepted, the note either way.
UPDATE notification_outbox SET delivered_at = @deliveredAt, delivery_note = @note WHERE id = @id;
