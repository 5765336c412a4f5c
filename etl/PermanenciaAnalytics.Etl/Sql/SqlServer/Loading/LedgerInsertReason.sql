INSERT INTO dbo.load_reject_reason (load_id, reason, row_count) VALUES (@LoadId, @Reason, @RowCount);
