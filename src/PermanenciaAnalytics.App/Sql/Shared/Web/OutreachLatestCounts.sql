-- The latest result of each búsqueda-activa case of @year, counted per institution (counts only).
SELECT institution_dane AS InstitutionDane, last_result AS Outcome, COUNT(*) AS Cases
FROM outreach_case
WHERE school_year = @year AND last_result IS NOT NULL
GROUP BY institution_dane, last_result
ORDER BY institution_dane, last_result
