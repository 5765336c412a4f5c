-- Whether @student is one of @dane's búsqueda-activa cases in @year (a rector may record outcomes only for those):
-- an engine dropout, or a student the school opened a case for from the risk list.
SELECT COUNT(*) FROM student_year_outcome
WHERE school_year = @year AND student_key = @student AND institution_dane = @dane
  AND (is_dropout = 1 OR EXISTS (SELECT 1 FROM outreach_case x
                              WHERE x.school_year = @year AND x.student_key = @student AND x.institution_dane = @dane AND x.origin = 'riesgo'));
