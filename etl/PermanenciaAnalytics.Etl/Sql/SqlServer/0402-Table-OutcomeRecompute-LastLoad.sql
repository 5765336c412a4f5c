-- The last SIMAT load of the year a recompute saw: a later load makes the outcomes stale, and `indicators`, `reconcile`
-- and `publish` recompute first (issue: `load` then `indicators` printed an empty table until the user ran `recompute`).
ALTER TABLE dbo.outcome_recompute ADD last_load_id BIGINT NULL;
