SELECT MAX(load_id) FROM load_ledger WHERE status = 'loaded'
