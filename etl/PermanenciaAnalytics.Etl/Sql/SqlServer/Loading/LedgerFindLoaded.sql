SELECT load_id FROM dbo.load_ledger WHERE sha256 = @sha256 AND status = 'loaded';
