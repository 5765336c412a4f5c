UPDATE dbo.load_ledger SET status = 'loaded', school_year = @SchoolYear, cut_date = @CutDate, rows_read = @RowsRead,
    rows_loaded = @RowsLoaded, rows_rejected = @RowsRejected, duplicates = @Duplicates, warnings = @Warnings,
    finished_at = @FinishedAt, seconds = @Seconds, message = @Message
WHERE load_id = @LoadId;
