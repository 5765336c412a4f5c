SELECT COUNT(*)
FROM load_ledger
WHERE sha256 = @Sha256 AND status = 'loaded'
