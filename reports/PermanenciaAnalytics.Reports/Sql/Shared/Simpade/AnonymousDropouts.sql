-- SIMPADE desertores of @year that came without identity (no PER_ID, no document): when there are any, the
-- reconciliation is by cell, not by person.
SELECT COUNT(*) FROM simpade_dropout_current
WHERE school_year = @year AND per_id IS NULL AND doc_key IS NULL;
