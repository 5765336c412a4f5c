-- The newest ledger row of each file name (inbox names are unique per upload): links from the inbox listing.
SELECT file_name AS FileName, MAX(load_id) AS LoadId
FROM dbo.load_ledger
GROUP BY file_name;
