-- One load_ledger row, for the per-load summary page.
SELECT load_id AS LoadId, file_name AS FileName, kind AS Kind, cut_date AS CutDate, school_year AS SchoolYear, status AS Status,
       rows_read AS RowsRead, rows_loaded AS RowsLoaded, rows_rejected AS RowsRejected, duplicates AS Duplicates,
       warnings AS Warnings, started_at AS StartedAt, finished_at AS FinishedAt, seconds AS Seconds, message AS Message
FROM dbo.load_ledger
WHERE load_id = @loadId;
