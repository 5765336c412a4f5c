-- Whether @year's outcomes miss a SIMAT load: never recomputed while SIMAT rows are loaded, or a load newer than the
-- last one the recompute saw, or a retirement-motive table newer than the one it applied. Returns the --until of the last recompute, so a recompute on demand keeps it.
SELECT CASE WHEN EXISTS (
           SELECT 1 FROM load_ledger l
           WHERE l.kind = 'simat' AND l.status = 'loaded' AND l.school_year = @year
             AND l.load_id > COALESCE((SELECT r.last_load_id FROM outcome_recompute r WHERE r.school_year = @year), 0))
         -- Rule 5b: a retirement-motive table edited since the recompute reclassifies its RETIRADO students.
         OR EXISTS (
           SELECT 1 FROM outcome_recompute r
           WHERE r.school_year = @year
             AND COALESCE(r.motive_version, 0) <> COALESCE((SELECT MAX(v.version) FROM retirement_motive_version v), 0))
       THEN 1 ELSE 0 END AS is_stale,
       (SELECT r.until_cut FROM outcome_recompute r WHERE r.school_year = @year) AS until_cut
