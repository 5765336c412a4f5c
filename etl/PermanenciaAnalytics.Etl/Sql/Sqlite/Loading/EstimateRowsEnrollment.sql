SELECT COALESCE(MAX(rowid), 0) FROM enrollment
