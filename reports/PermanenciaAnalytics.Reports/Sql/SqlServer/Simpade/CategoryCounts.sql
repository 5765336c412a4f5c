-- Students with at least one reason among @codes ('|'-separated) (one MEN category), per institution when @by_institution = 1.
SELECT CASE WHEN @by_institution = 1 THEN d.institution_dane END AS institution_dane, COUNT(DISTINCT d.student_key) AS students
FROM dbo.simpade_dropout_current d
JOIN dbo.simpade_dropout_reason r ON r.load_id = d.load_id AND r.row_number = d.row_number
WHERE d.school_year = @year AND r.reason_code IN (SELECT value FROM STRING_SPLIT(@codes, '|'))
GROUP BY CASE WHEN @by_institution = 1 THEN d.institution_dane END;
