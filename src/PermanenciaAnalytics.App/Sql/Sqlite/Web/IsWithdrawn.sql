-- Whether @student is one of @dane's búsqueda-activa cases in @year (a rector may record outcomes only for those).
SELECT COUNT(*) FROM student_year_outcome
WHERE school_year = @year AND student_key = @student AND institution_dane = @dane AND is_dropout = 1;
