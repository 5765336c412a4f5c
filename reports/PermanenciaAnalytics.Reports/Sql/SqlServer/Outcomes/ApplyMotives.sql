-- Rule 5b applied to the outcomes just derived. Parameters: @year, @version (motive table).
UPDATE o
SET o.exit_motive = m.normalized, o.exit_class = m.motive_class
FROM dbo.student_year_outcome o
JOIN #recompute_exit x ON x.student_key = o.student_key
JOIN #recompute_motive m ON m.motive = x.motive
WHERE o.school_year = @year;

-- A traslado counts in transfers_out of the institution and grade of its last enrolled row (the attributed one).
INSERT INTO dbo.student_transfer_out (school_year, student_key, institution_dane, sede_dane, grade, last_enrolled_cut, transfer_month)
SELECT o.school_year, o.student_key, o.institution_dane, o.sede_dane, o.grade, o.last_enrolled_cut,
       COALESCE(o.dropout_month, MONTH(o.last_enrolled_cut))
FROM dbo.student_year_outcome o
WHERE o.school_year = @year AND o.exit_class = 'traslado';

-- Neither a traslado nor a fallecimiento is a dropout or in any rate's denominator.
UPDATE dbo.student_year_outcome
SET is_dropout = 0, in_universe = 0, dropout_month = NULL
WHERE school_year = @year AND exit_class IN ('traslado', 'fallecimiento');

UPDATE dbo.outcome_recompute SET motive_version = @version WHERE school_year = @year;

DROP TABLE #recompute_exit;
DROP TABLE #recompute_motive;
