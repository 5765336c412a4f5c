-- Rule 5b applied to the outcomes just derived. Parameters: @year, @version (motive table).
UPDATE student_year_outcome
SET exit_motive = m.normalized, exit_class = m.motive_class
FROM temp.recompute_exit x
JOIN temp.recompute_motive m ON m.motive = x.motive
WHERE student_year_outcome.school_year = @year AND student_year_outcome.student_key = x.student_key;

-- A traslado counts in transfers_out of the institution and grade of its last enrolled row (the attributed one),
-- in the month its dropout month would have been.
INSERT INTO student_transfer_out (school_year, student_key, institution_dane, sede_dane, grade, last_enrolled_cut, transfer_month)
SELECT o.school_year, o.student_key, o.institution_dane, o.sede_dane, o.grade, o.last_enrolled_cut,
       COALESCE(o.dropout_month, CAST(substr(o.last_enrolled_cut, 6, 2) AS INTEGER))
FROM student_year_outcome o
WHERE o.school_year = @year AND o.exit_class = 'traslado';

-- Neither a traslado nor a fallecimiento is a dropout or in any rate's denominator.
UPDATE student_year_outcome
SET is_dropout = 0, in_universe = 0, dropout_month = NULL
WHERE school_year = @year AND exit_class IN ('traslado', 'fallecimiento');

UPDATE outcome_recompute SET motive_version = @version WHERE school_year = @year;

DROP TABLE temp.recompute_exit;
DROP TABLE temp.recompute_motive;
