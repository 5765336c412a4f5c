-- The retirement-motive table version the last recompute of @year applied (rule 5b); NULL before any recompute.
SELECT motive_version FROM outcome_recompute WHERE school_year = @year;
