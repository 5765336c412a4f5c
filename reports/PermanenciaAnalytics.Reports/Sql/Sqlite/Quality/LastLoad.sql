-- What the year's quality report depends on: the last file loaded (enrolment rows only arrive with a load). Parameter: none.
SELECT COALESCE(MAX(load_id), 0) FROM load_ledger WHERE status = 'loaded';
