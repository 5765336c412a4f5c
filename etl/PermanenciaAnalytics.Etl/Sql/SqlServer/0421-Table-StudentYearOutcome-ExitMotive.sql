-- Rule 5b on the outcomes. exit_class/exit_motive: for a student not enrolled at the final cut whose latest row of the
-- year (after the last enrolled cut) is RETIRADO, the class and normalised motive of that row; NULL otherwise.
-- A traslado or fallecimiento student is stored with is_dropout = 0 and in_universe = 0 (out of every rate's
-- numerator and denominator: the rate readers all filter in_universe = 1, so they agree without a second flag);
-- a traslado also gets a student_transfer_out row under the attributed institution and grade.
ALTER TABLE dbo.student_year_outcome ADD exit_class VARCHAR(20) NULL, exit_motive NVARCHAR(300) NULL;
-- "Every output says which table version it used": the motive version a recompute applied; another version in force
-- makes the outcomes stale (rule 10).
ALTER TABLE dbo.outcome_recompute ADD motive_version INT NULL;
