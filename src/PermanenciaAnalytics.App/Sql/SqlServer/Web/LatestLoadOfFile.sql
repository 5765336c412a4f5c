-- The newest ledger row of one file name: where an upload's notice sends the user once its import job has run.
SELECT MAX(load_id)
FROM dbo.load_ledger
WHERE file_name = @fileName;
