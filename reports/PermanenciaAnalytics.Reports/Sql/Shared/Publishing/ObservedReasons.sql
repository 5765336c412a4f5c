-- Distinct students per reason: the same extract loaded twice (or two cuts) must not double the counts.
SELECT d.institution_dane AS InstitutionDane, r.reason_code AS ReasonCode, COUNT(DISTINCT d.student_key) AS Dropouts
FROM simpade_dropout_current d
JOIN simpade_dropout_reason r ON r.load_id = d.load_id AND r.row_number = d.row_number
WHERE d.school_year = @Year
GROUP BY d.institution_dane, r.reason_code
