-- Students with at least one reason among @codes (a JSON array) (one MEN category), per institution when @by_institution = 1.
SELECT CASE WHEN @by_institution = 1 THEN d.institution_dane END AS institution_dane, COUNT(DISTINCT d.student_key) AS students
FROM simpade_dropout_current d
JOIN simpade_dropout_reason r ON r.load_id = d.load_id AND r.row_number = d.row_number
WHERE d.school_year = @year AND r.reason_code IN (SELECT value FROM json_each(@codes))
GROUP BY CASE WHEN @by_institution = 1 THEN d.institution_dane END;
