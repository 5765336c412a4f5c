SELECT load_id FROM load_ledger WHERE sha256 = @sha256 AND status = 'loaded';
