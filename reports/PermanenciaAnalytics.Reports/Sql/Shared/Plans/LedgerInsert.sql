INSERT INTO load_ledger (file_name, sha256, kind, school_year, status, rows_read, rows_loaded, rows_rejected, started_at, finished_at, seconds, message)
VALUES (@FileName, @Sha256, @Kind, @Year, @Status, @RowsRead, @RowsLoaded, @RowsRejected, @StartedAt, @FinishedAt, 0, @Message)
