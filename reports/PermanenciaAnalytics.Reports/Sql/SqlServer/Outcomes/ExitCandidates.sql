-- Rule 5b: a student not enrolled at the final cut whose latest row of the year after the last enrolled cut is RETIRADO
-- (ties at that cut: the first loaded row). Then the distinct motives, classified by the engine. Parameters: @year, @until.
INSERT INTO #recompute_exit (student_key, motive)
SELECT o.student_key, COALESCE(l.motivo, N'')
FROM dbo.student_year_outcome o
CROSS APPLY (
    SELECT TOP (1) p.status, p.motivo FROM dbo.enrollment p
    WHERE p.school_year = @year AND p.student_key = o.student_key AND p.cut_date > o.last_enrolled_cut
      AND (@until IS NULL OR p.cut_date <= @until)
    ORDER BY p.cut_date DESC, p.load_id, p.row_number) l
WHERE o.school_year = @year AND o.is_dropout = 1 AND l.status = 'RETIRADO';
SELECT DISTINCT motive FROM #recompute_exit;
