-- The dashboard's búsqueda-activa counts: the engine's dropouts per institution, one aggregate over
-- ix_student_year_outcome_institution (no student-level row leaves the database).
SELECT institution_dane AS InstitutionDane, COUNT(*) AS Cases
FROM dbo.student_year_outcome
WHERE school_year = @year AND is_dropout = 1
GROUP BY institution_dane
ORDER BY institution_dane;
