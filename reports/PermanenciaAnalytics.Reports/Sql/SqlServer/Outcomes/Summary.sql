-- Counts of the outcomes just recomputed for @year.
SELECT r.final_cut AS final_cut, CAST(r.cuts AS BIGINT) AS cuts,
       (SELECT COUNT_BIG(*) FROM dbo.student_year_outcome o WHERE o.school_year = @year) AS students,
       (SELECT COUNT_BIG(*) FROM dbo.student_year_outcome o WHERE o.school_year = @year AND o.in_universe = 1) AS in_universe,
       (SELECT COUNT_BIG(*) FROM dbo.student_year_outcome o WHERE o.school_year = @year AND o.in_universe = 1 AND o.is_dropout = 1) AS dropouts,
       (SELECT COUNT_BIG(*) FROM dbo.student_transfer_out t WHERE t.school_year = @year) AS transfers,
       (SELECT COUNT_BIG(*) FROM dbo.student_year_outcome o WHERE o.school_year = @year AND o.exit_class = 'traslado') AS motive_transfers,
       (SELECT COUNT_BIG(*) FROM dbo.student_year_outcome o WHERE o.school_year = @year AND o.exit_class = 'fallecimiento') AS deaths
FROM (SELECT @year AS school_year) y
LEFT JOIN dbo.outcome_recompute r ON r.school_year = y.school_year;
