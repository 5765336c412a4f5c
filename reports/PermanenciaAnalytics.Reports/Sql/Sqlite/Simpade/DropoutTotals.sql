-- SIMPADE desertores of @year and how many came with no reason flag set.
SELECT CASE WHEN @by_institution = 1 THEN d.institution_dane END AS institution_dane,
       COUNT(DISTINCT d.student_key) AS students,
       COUNT(DISTINCT CASE WHEN d.reasons_reported = 0 THEN d.student_key END) AS without_reason
FROM simpade_dropout_current d
WHERE d.school_year = @year
GROUP BY CASE WHEN @by_institution = 1 THEN d.institution_dane END;
