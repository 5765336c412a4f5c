-- Rule 5b: a student not enrolled at the final cut whose latest row of the year after the last enrolled cut is RETIRADO
-- (ties at that cut: the first loaded row). One seek per dropout on ix_enrollment_year_student. Then the distinct
-- motives, which the engine classifies with the motive table. Parameters: @year, @until.
INSERT INTO temp.recompute_exit (student_key, motive)
SELECT o.student_key, COALESCE(l.motivo, '')
FROM student_year_outcome o
JOIN enrollment l ON l.rowid = (
    SELECT p.rowid FROM enrollment p
    WHERE p.school_year = @year AND p.student_key = o.student_key AND p.cut_date > o.last_enrolled_cut
      AND (@until IS NULL OR p.cut_date <= @until)
    ORDER BY p.cut_date DESC, p.load_id, p.row_number LIMIT 1)
WHERE o.school_year = @year AND o.is_dropout = 1 AND l.status = 'RETIRADO';
SELECT DISTINCT motive FROM temp.recompute_exit;
