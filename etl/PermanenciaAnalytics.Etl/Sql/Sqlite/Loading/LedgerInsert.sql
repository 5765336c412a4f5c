INSERT INTO load_ledger (file_name, sha256, kind, cut_date, school_year, status, rows_read, rows_loaded, rows_rejected, duplicates, warnings, started_at, finished_at, seconds, message)
VALUES (@FileName, @Sha256, @Kind, @CutDate, @SchoolYear, @Status, @RowsRead, @RowsLoaded, @RowsRejected, @Duplicates, @Warnings, @StartedAt, @FinishedAt, @Seconds, @Message)
RETURNING load_id;
