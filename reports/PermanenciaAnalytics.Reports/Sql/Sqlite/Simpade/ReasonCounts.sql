-- Students per SIMPADE reason for @year, per institution when @by_institution = 1 (else one municipal group).
SELECT CASE WHEN @by_institution = 1 THEN d.institution_dane END AS institution_dane, r.reason_code AS reason_code,
       COUNT(DISTINCT d.student_key) AS students
FROM simpade_dropout_current d
JOIN simpade_dropout_reason r ON r.load_id = d.load_id AND r.row_number = d.row_number
WHERE d.school_year = @year
GROUP BY CASE WHEN @by_institution = 1 THEN d.institution_dane END, r.reason_code;
