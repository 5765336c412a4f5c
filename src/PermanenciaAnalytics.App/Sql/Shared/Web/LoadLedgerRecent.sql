SELECT load_id AS LoadId, file_name AS FileName, kind AS Kind, status AS Status, rows_read AS RowsRead,
       rows_loaded AS RowsLoaded, rows_rejected AS RowsRejected, message AS Message
FROM load_ledger
WHERE load_id > (SELECT COALESCE(MAX(load_id), 0) FROM load_ledger) - @count
ORDER BY load_id DESC
